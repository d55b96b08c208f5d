package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Outlets disagreeing on one slot of an event: {@code count:<noun>}, {@code actor}, {@code date} or
 * {@code location}; each value with the claims that carry it. For a count slot, {@code conservative} is
 * the summary figure a cautious coder would use (as ACLED does: the lowest credible value); {@code null}
 * (and not written) for other slots.
 */
public record Contradiction(String slot, List<Value> values,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Number conservative) {
  public Contradiction(String slot, List<Value> values) {
    this(slot, values, null);
  }

  public record Value(Object value, List<String> claims) {}
}
