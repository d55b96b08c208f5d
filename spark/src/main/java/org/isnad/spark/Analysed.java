package org.isnad.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One article after the per-article half: its lines of the per-article files (SPEC order, as core's
 * {@code DatasetWriter} writes them) and its linking digest as bytes; or, when it failed, only the problem.
 */
public record Analysed(Position position, List<String> articles, List<String> mentions, List<String> quantities,
                       byte[] digest, String problem) implements Serializable {
  static Analysed failed(Position at, String problem) {
    return new Analysed(at, List.of(), List.of(), List.of(), null, problem);
  }

  boolean ok() {
    return problem == null;
  }

  List<String> lines(String file) {
    return switch (file) {
      case "articles.jsonl" -> articles;
      case "mentions.jsonl" -> mentions;
      case "quantities.jsonl" -> quantities;
      default -> throw new IllegalArgumentException(file);
    };
  }
}
