package org.isnad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Articles about one developing situation (SPEC: stories.jsonl). {@code duplicates} maps an article that
 * repeats, nearly word for word, another article of its own outlet to that article; duplicates are not in
 * {@code articles} (they are not coverage).
 */
public record Story(String id, String title, List<String> articles, List<String> events,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.Map<String, String> duplicates) {
  public Story(String id, String title, List<String> articles, List<String> events) {
    this(id, title, articles, events, java.util.Map.of());
  }
}
