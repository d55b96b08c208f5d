package org.isnad.extract.ner;

import org.isnad.model.MentionType;

/** A name the tagger found: tokens {@code [firstToken, endToken)} of a {@link org.isnad.text.Doc}, its type and the model's confidence. */
public record NameSpan(int firstToken, int endToken, MentionType type, double confidence) {}
