package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A passage shared by two articles (SPEC: reuse.jsonl), with its span in each. */
@JsonPropertyOrder({"a", "b", "a_start", "a_end", "b_start", "b_end", "text", "similarity"})
public record Reuse(String a, String b,
                    @JsonProperty("a_start") int aStart, @JsonProperty("a_end") int aEnd,
                    @JsonProperty("b_start") int bStart, @JsonProperty("b_end") int bEnd,
                    String text, double similarity) {}
