package org.isnad.extract;

import java.util.List;
import org.isnad.model.Quantity;
import org.isnad.text.Doc;

/** Finds counts of things. */
public final class QuantityReader {
  public static QuantityReader load() {
    return new QuantityReader();
  }

  public List<Quantity> read(Doc doc, String articleId) {
    return List.of();
  }
}
