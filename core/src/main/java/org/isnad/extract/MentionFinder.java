package org.isnad.extract;

import java.util.List;
import org.isnad.model.Mention;
import org.isnad.text.Doc;

/**
 * Finds names (PER, ORG, LOC) and actor descriptors (DESC) in a document and links them to canonical
 * entities. Thread-safe: one instance serves every article.
 */
public final class MentionFinder {
  public static MentionFinder load() {
    return new MentionFinder();
  }

  /** Mentions in text order, non-overlapping. */
  public List<Mention> find(Doc doc) {
    return List.of();
  }
}
