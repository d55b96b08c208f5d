package org.isnad.text;

/** A sentence: character offsets {@code [start, end)} and token indices {@code [firstToken, endToken)}. */
public record Sentence(int start, int end, int firstToken, int endToken) {}
