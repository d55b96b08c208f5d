package org.isnad.link;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Claim;
import org.isnad.model.Framing;

/**
 * The cross-article half: collects one {@link ArticleDigest} per article, then links them (copied
 * passages, stories, events, corroboration, contradictions, framing) by blocking keys, never all pairs.
 */
public final class CorpusLinker {
  private final List<ArticleDigest> digests = new ArrayList<>();

  /** Per-article and pure: what linking needs of one article. */
  public static ArticleDigest digest(AnalyzedArticle a) {
    return new ArticleDigest(a.article().id(), a.article().outlet(), a.article().published(),
        a.article().title(), null, a.mentions(), a.claims());
  }

  public void add(ArticleDigest d) {
    digests.add(d);
  }

  public CorpusLinks link() {
    List<Claim> claims = new ArrayList<>();
    for (ArticleDigest d : digests) claims.addAll(d.claims());
    return new CorpusLinks(List.of(), List.of(), List.of(), claims, Framing.empty("none yet"));
  }
}
