package org.isnad.model;

/** A reference to an actor in a claim: the words as written and the canonical id (or {@code null}). */
public record Ref(String text, String entity) {}
