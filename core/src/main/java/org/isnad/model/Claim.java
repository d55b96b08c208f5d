package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param dateBasis  {@code text} when the text dates it, {@code published} when it is the article's day, or null
 * @param locationBasis where its place was found: {@code clause}, {@code sentence}, {@code dateline}, or null
 */
public record Claim(String id, String article, int start, int end, String sentence, String type,
                    Ref actor, Ref target, Place location, String date, List<String> quantities,
                    Source source, boolean hedged, boolean negated, String event,
                    @JsonProperty("date_basis") String dateBasis,
                    @JsonProperty("location_basis") String locationBasis) {
  public Claim {
    quantities = List.copyOf(quantities);
  }

  /** A claim whose date and place carry no basis (the lexicon reader, tests). */
  public Claim(String id, String article, int start, int end, String sentence, String type, Ref actor, Ref target,
               Place location, String date, List<String> quantities, Source source, boolean hedged, boolean negated,
               String event) {
    this(id, article, start, end, sentence, type, actor, target, location, date, quantities, source, hedged, negated,
        event, date == null ? null : "text", location == null ? null : "sentence");
  }

  public Claim withEvent(String eventId) {
    return new Claim(id, article, start, end, sentence, type, actor, target, location, date, quantities,
        source, hedged, negated, eventId, dateBasis, locationBasis);
  }
}
