package org.isnad.model;

import java.util.List;

/**
 * Outlets disagreeing on one slot of an event: {@code count:<noun>}, {@code actor}, {@code date} or
 * {@code location}; each value with the claims that carry it.
 */
public record Contradiction(String slot, List<Value> values) {
  public record Value(Object value, List<String> claims) {}
}
