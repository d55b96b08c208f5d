package org.isnad.model;

/**
 * A name or descriptor in an article's text: {@code text == article.text().substring(start, end)},
 * proclitics (و ف ب ل ك) outside the span.
 *
 * @param entity canonical id ({@code syria.government}, {@code place.aleppo}) or {@code null}
 * @param label  the canonical Arabic name of the entity, or {@code null}
 */
public record Mention(int start, int end, String text, MentionType type, String entity, String label) {}
