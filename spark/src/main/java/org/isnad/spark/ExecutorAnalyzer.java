package org.isnad.spark;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ArticleAnalyzer;
import org.isnad.clean.SiteTemplate;
import org.isnad.io.DatasetWriter;
import org.isnad.io.DigestBytes;
import org.isnad.link.CorpusLinker;
import org.isnad.model.AnalyzedArticle;
import org.isnad.read.InputProblem;

/**
 * The per-article half on an executor: one {@link ArticleAnalyzer} per JVM, loaded the first time a task
 * needs it (the lexicons and models take seconds and a few hundred MB; a partition of a few hundred
 * articles must not pay that again), shared by the executor's task threads as core's thread pool shares it.
 */
final class ExecutorAnalyzer {
  private ExecutorAnalyzer() {}

  /** Class initialisation is the JVM's own once-only lock. */
  private static final class Holder {
    static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.load();
  }

  /** Where articles run while their task waits for them: a thread each, so that one past its budget can be left. */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "isnad-analyse");
    t.setDaemon(true);
    return t;
  });

  /**
   * One document through the per-article half, as {@code Pipeline} runs it (with the run's line recurrence): a failure of this article (an
   * exception, a stack or heap exhausted by it, or more than {@code budget} of time: it is interrupted and
   * the analyzer stops at its next stage) is this article's problem, not the task's.
   */
  static Analysed analyse(Position at, Document doc, Duration budget, SiteTemplate run) {
    Future<Analysed> job = WORKERS.submit(() -> analyse(at, doc, run));
    try {
      return job.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      return Analysed.failed(at, new InputProblem(doc.path(), String.format(Locale.ROOT,
          "over the time budget (%s s per article, %,d characters); the articles after it are still analysed",
          BigDecimal.valueOf(budget.toNanos(), 9).stripTrailingZeros().toPlainString(), doc.body().length())).toString());
    } catch (ExecutionException e) {
      return Analysed.failed(at, new InputProblem(doc.path(), "analysis failed: " + e.getCause()).toString());
    } catch (InterruptedException e) {
      job.cancel(true); // the task was killed: its article goes with it
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Analysed analyse(Position at, Document doc, SiteTemplate run) {
    try {
      AnalyzedArticle a = Holder.ANALYZER.analyze(doc.raw(), run);
      List<String> articles = new ArrayList<>(1);
      List<String> mentions = new ArrayList<>();
      List<String> quantities = new ArrayList<>();
      DatasetWriter.lines(a, (file, line) -> {
        switch (file) {
          case "articles.jsonl" -> articles.add(line);
          case "mentions.jsonl" -> mentions.add(line);
          default -> quantities.add(line);
        }
      });
      return new Analysed(at, articles, mentions, quantities, DigestBytes.encode(CorpusLinker.digest(a)), null);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Analysed.failed(at, new InputProblem(doc.path(), "analysis failed: " + e).toString());
    } catch (OutOfMemoryError e) {
      return Analysed.failed(at, new InputProblem(doc.path(), "too large for the heap ("
          + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); raise spark.executor.memory").toString());
    }
  }
}
