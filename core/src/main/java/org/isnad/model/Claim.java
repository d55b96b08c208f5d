package org.isnad.model;

import java.util.List;

/**
 * A reported event or statement (SPEC: claims.jsonl). {@code start}/{@code end} delimit the sentence
 * (or the clause) in the article text.
 *
 * @param type       PLOVER event type
 * @param date       ISO date, or {@code null} when nothing anchors it
 * @param quantities ids of the {@link Quantity} records inside the claim
 * @param source     who the outlet quotes, or {@code null} when the outlet asserts it itself
 * @param hedged     true when the text marks it unconfirmed or alleged
 * @param event      id of the cross-outlet event it belongs to (set by linking), or {@code null}
 */
public record Claim(String id, String article, int start, int end, String sentence, String type,
                    Ref actor, Ref target, Place location, String date, List<String> quantities,
                    Source source, boolean hedged, boolean negated, String event) {
  public Claim {
    quantities = List.copyOf(quantities);
  }

  public Claim withEvent(String eventId) {
    return new Claim(id, article, start, end, sentence, type, actor, target, location, date, quantities,
        source, hedged, negated, eventId);
  }
}
