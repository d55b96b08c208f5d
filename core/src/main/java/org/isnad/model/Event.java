package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A real-world event merged across articles (SPEC: events.jsonl). {@code actor} and {@code target} keep the
 * roles apart (who acted, who was acted on); {@code actors} is both, as before. {@code duplicates} are
 * articles of the event that repeat, nearly word for word, an article of the same outlet listed in
 * {@code articles}: they are not counted as coverage.
 */
public record Event(String id, String type, String date, Place location, List<Ref> actors,
                    List<Ref> actor, List<Ref> target,
                    List<String> claims, List<String> articles, List<String> outlets,
                    @JsonProperty("independent_sources") int independentSources,
                    List<Contradiction> contradictions,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> duplicates) {}
