package org.isnad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.LongSupplier;
import org.isnad.clean.ArticleCleaner;
import org.isnad.clean.SiteTemplate;
import org.isnad.extract.ClaimExtractor;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.QuantityReader;
import org.isnad.link.ArticleDigest;
import org.isnad.link.CorpusLinker;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Mention;
import org.isnad.model.Quantity;
import org.isnad.model.RawDocument;
import org.isnad.text.Doc;

/**
 * The per-article path of {@code isnad analyze} ({@code ArticleAnalyzer.analyze} then
 * {@code CorpusLinker.digest}, as {@code Pipeline} runs it), one stage at a time, so that a benchmark can
 * time each stage. Built from the same resources as {@code ArticleAnalyzer.load()}; thread-safe.
 */
final class Stages {
  /** Stage names, in the order they run. */
  static final List<String> NAMES = List.of("clean", "tokenise", "mentions", "quantities", "claims", "digest");

  private final ArticleCleaner cleaner = ArticleCleaner.load();
  private final MentionFinder mentions = MentionFinder.load();
  private final QuantityReader quantities = QuantityReader.load();
  private final ClaimExtractor claims = ClaimExtractor.load().withPlaces(mentions::place);
  /** The run's line recurrence the cleaner reads, as {@code Pipeline}'s first pass gathers it; none until set. */
  private volatile SiteTemplate run = SiteTemplate.NONE;

  /** Cleans with {@code run}, the recurrence of the benchmark's own documents ({@code Pipeline.recurrence}). */
  void recurrence(SiteTemplate run) {
    this.run = run;
  }

  /**
   * Runs the whole path on {@code raw}, adding each stage's nanoseconds to {@code nanos} (indexed as
   * {@link #NAMES}); returns the digest, which a caller should use so that no work is optimised away.
   */
  ArticleDigest run(RawDocument raw, long[] nanos) {
    return run(raw, nanos, System::nanoTime);
  }

  /** As {@link #run(RawDocument, long[])}, timed by {@code clock} (such as {@link #cpuClock}). */
  ArticleDigest run(RawDocument raw, long[] nanos, LongSupplier clock) {
    long t0 = clock.getAsLong();
    Article a = cleaner.clean(raw, run);
    long t1 = clock.getAsLong();
    Doc doc = Doc.of(a.text());
    long t2 = clock.getAsLong();
    List<Mention> m = mentions.find(doc);
    long t3 = clock.getAsLong();
    List<Quantity> q = quantities.read(doc, a.id());
    long t4 = clock.getAsLong();
    List<Claim> c = claims.extract(a, doc, m, q);
    long t5 = clock.getAsLong();
    ArticleDigest d = CorpusLinker.digest(new AnalyzedArticle(a, m, q, c));
    long t6 = clock.getAsLong();
    nanos[0] += t1 - t0;
    nanos[1] += t2 - t1;
    nanos[2] += t3 - t2;
    nanos[3] += t4 - t3;
    nanos[4] += t5 - t4;
    nanos[5] += t6 - t5;
    return d;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * The calling thread's CPU time in nanoseconds: on a machine shared with other jobs, the time they cannot
   * inflate by taking the core (they still share its caches).
   */
  static long cpuClock() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
