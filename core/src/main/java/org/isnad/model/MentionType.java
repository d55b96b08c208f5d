package org.isnad.model;

/** Kinds of mention (SPEC: mentions.jsonl {@code type}). DESC is a descriptive phrase naming an actor. */
public enum MentionType { PER, ORG, LOC, DESC }
