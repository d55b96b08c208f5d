package org.isnad.model;

import java.util.List;

/** The per-article half's result: the article and every annotation pointing into its text. */
public record AnalyzedArticle(Article article, List<Mention> mentions, List<Quantity> quantities,
                              List<Claim> claims) {
  public AnalyzedArticle {
    mentions = List.copyOf(mentions);
    quantities = List.copyOf(quantities);
    claims = List.copyOf(claims);
  }
}
