package org.isnad;

import java.util.List;
import org.isnad.clean.ArticleCleaner;
import org.isnad.clean.SiteTemplate;
import org.isnad.extract.ClaimExtractor;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.QuantityReader;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Mention;
import org.isnad.model.Quantity;
import org.isnad.model.RawDocument;
import org.isnad.text.Doc;

/**
 * The per-article half: a pure function of one document, the run's line recurrence ({@link SiteTemplate}) and the
 * immutable resources it was built with. Thread-safe; one instance serves a whole thread pool (or a Spark partition).
 */
public final class ArticleAnalyzer {
  private final ArticleCleaner cleaner;
  private final MentionFinder mentions;
  private final QuantityReader quantities;
  private final ClaimExtractor claims;

  public ArticleAnalyzer(ArticleCleaner cleaner, MentionFinder mentions, QuantityReader quantities,
                         ClaimExtractor claims) {
    this.cleaner = cleaner;
    this.mentions = mentions;
    this.quantities = quantities;
    this.claims = claims;
  }

  /** Loads every resource (lexicons, models) once. */
  public static ArticleAnalyzer load() {
    MentionFinder mentions = MentionFinder.load();
    return new ArticleAnalyzer(ArticleCleaner.load(), mentions, QuantityReader.load(),
        ClaimExtractor.load().withPlaces(mentions::place));
  }

  /** {@code raw} analysed alone, no other page of its host known. */
  public AnalyzedArticle analyze(RawDocument raw) {
    return analyze(raw, SiteTemplate.NONE);
  }

  /**
   * {@code raw} analysed with the recurrence of lines on the other pages of its host in the run (a first pass over
   * the run, {@link SiteTemplate}): what cleaning drops as the host's template.
   */
  public AnalyzedArticle analyze(RawDocument raw, SiteTemplate run) {
    Article a = cleaner.clean(raw, run);
    stopIfInterrupted();
    return analyze(a);
  }

  public AnalyzedArticle analyze(Article article) {
    Doc doc = Doc.of(article.text());
    List<Mention> m = mentions.find(doc);
    stopIfInterrupted();
    List<Quantity> q = quantities.read(doc, article.id());
    List<Claim> c = claims.extract(article, doc, m, q);
    return new AnalyzedArticle(article, m, q, c);
  }

  /** Between stages: an article stopped for its time budget (its thread interrupted) goes no further. */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("interrupted");
  }
}
