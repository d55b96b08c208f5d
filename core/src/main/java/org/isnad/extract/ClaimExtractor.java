package org.isnad.extract;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Mention;
import org.isnad.model.Quantity;
import org.isnad.text.Doc;

/** Turns sentences into claims: PLOVER type, actor, target, place, date, counts, source, hedging. */
public final class ClaimExtractor {
  public static ClaimExtractor load() {
    return new ClaimExtractor();
  }

  public List<Claim> extract(Article article, Doc doc, List<Mention> mentions, List<Quantity> quantities) {
    return List.of();
  }
}
