package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Outlets disagreeing on one slot of an event: {@code count:<noun>}, {@code actor}, {@code date} or
 * {@code location}; each value with the claims that carry it. For a count slot, {@code conservative} is
 * the summary figure a cautious coder would use (as ACLED does: the lowest credible value), {@code counted}
 * the class of what is counted ({@code civilians}, {@code dead} …) and {@code role} what happened to it
 * ({@code killed}, {@code evacuated} …); all three {@code null} (and not written) for other slots.
 */
public record Contradiction(String slot, List<Value> values,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Number conservative,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String counted,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String role) {
  public Contradiction(String slot, List<Value> values) {
    this(slot, values, null, null, null);
  }

  public Contradiction(String slot, List<Value> values, Number conservative) {
    this(slot, values, conservative, null, null);
  }

  /**
   * One value with the claims that carry it, the outlets that report it and, per outlet (at most
   * {@link #EVIDENCE} of them), who says so: the quote and the chain of sources.
   */
  public record Value(Object value, List<String> claims,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> outlets,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Evidence> evidence) {
    public Value(Object value, List<String> claims) {
      this(value, claims, List.of(), List.of());
    }
  }

  /** A value's evidence in one claim: its outlet, the sentence quoted and the chain of sources (nearest first; empty when the outlet says it itself). */
  public record Evidence(String claim, String outlet, String quote, List<String> chain) {}

  public static final int EVIDENCE = 3;
}
