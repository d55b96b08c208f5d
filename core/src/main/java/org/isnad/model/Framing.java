package org.isnad.model;

import java.util.Map;

/**
 * How outlets (and articles) name actors (SPEC: framing.json). {@code axis}: higher is closer to the
 * Syrian government's vocabulary, lower to the opposition's.
 */
public record Framing(Map<String, Position> articles, Map<String, Position> outlets, String method) {
  /** One outlet's or article's place on the axis, the labels it uses per entity, and the labels that drive it. */
  public record Position(double axis, Map<String, Map<String, Integer>> labels, Map<String, Double> drivers) {}

  public static Framing empty(String method) {
    return new Framing(Map.of(), Map.of(), method);
  }
}
