package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A real-world event merged across articles (SPEC: events.jsonl). */
public record Event(String id, String type, String date, Place location, List<Ref> actors,
                    List<String> claims, List<String> articles, List<String> outlets,
                    @JsonProperty("independent_sources") int independentSources,
                    List<Contradiction> contradictions) {}
