package org.isnad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.isnad.io.DatasetWriter;
import org.isnad.link.CorpusLinker;
import org.isnad.link.CorpusLinks;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.RawDocument;
import org.isnad.read.InputProblem;
import org.isnad.read.InputReader;

/**
 * {@code isnad analyze}: reads the inputs as a stream, analyses articles on a thread pool, writes each
 * as soon as it is done (in input order, so output is stable across runs), then links the corpus.
 * At most a few hundred articles are in flight: memory does not grow with the corpus, except for the
 * compact digests linking needs.
 */
public final class Pipeline {
  /**
   * What a run did: files opened, documents read from them, articles analysed and written, and the inputs
   * or records skipped, counted by {@link InputProblem#kind()} (in order of first appearance).
   */
  public record Summary(int files, int read, int articles, Map<String, Integer> skipped, long analyseMillis,
                        long linkMillis, long peakHeapBytes) {
    public int problems() {
      return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Receives progress: articles written so far. Called from one thread. */
  public interface Progress {
    void articles(int done);

    default void stage(String name) {}
  }

  private final ArticleAnalyzer analyzer;
  private final int threads;

  public Pipeline(ArticleAnalyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = Math.max(1, threads);
  }

  public Summary run(List<Path> inputs, Path out, Consumer<InputProblem> problems, Progress progress) throws IOException {
    Map<String, Integer> skipped = new LinkedHashMap<>();
    Consumer<InputProblem> countingProblems = p -> {
      skipped.merge(p.kind(), 1, Integer::sum);
      problems.accept(p);
    };
    int[] read = {0};
    CorpusLinker linker = new CorpusLinker();
    long t0 = System.nanoTime();
    int written;
    PeakHeap peak = new PeakHeap();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "isnad-analyse");
      t.setDaemon(true);
      return t;
    });
    try (DatasetWriter writer = new DatasetWriter(out)) {
      // Futures in input order; the reader blocks when the queue is full, bounding memory.
      BlockingQueue<Future<Object>> queue = new ArrayBlockingQueue<>(threads * 64);
      Future<Object> poison = java.util.concurrent.CompletableFuture.completedFuture(null);
      int[] done = {0};
      Thread drain = new Thread(() -> {
        try {
          while (true) {
            Future<Object> f = queue.take();
            if (f == poison) return;
            Object r = f.get();
            if (r instanceof Analysed a) {
              writer.write(a.article());
              linker.add(a.digest());
              done[0]++;
              if ((done[0] & 63) == 0) {
                progress.articles(done[0]);
                peak.sample();
              }
            } else if (r instanceof InputProblem p) {
              countingProblems.accept(p);
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          throw new IllegalStateException(e);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, "isnad-write");
      AtomicReference<Throwable> drainFailure = new AtomicReference<>();
      drain.setUncaughtExceptionHandler((t, e) -> drainFailure.set(e));
      drain.start();
      // once the writer has failed (a full disk), reading stops instead of filling a queue nobody takes from
      Consumer<RawDocument> submit = doc -> {
        read[0]++;
        put(queue, pool.submit(() -> analyse(doc)), drainFailure);
      };
      int files = 0;
      try {
        files = InputReader.read(inputs, submit,
            p -> put(queue, java.util.concurrent.CompletableFuture.completedFuture(p), drainFailure));
        put(queue, poison, drainFailure);
      } catch (InputReader.Stopped stopped) {
        // the failure is thrown below
      }
      join(drain);
      Throwable failure = drainFailure.get();
      if (failure instanceof UncheckedIOException u) throw u.getCause();
      if (failure != null) throw new IllegalStateException("analysis failed", failure);
      written = done[0];
      progress.articles(written);
      long t1 = System.nanoTime();
      progress.stage("linking");
      CorpusLinks links = linker.link();
      peak.sample();
      writer.write(links);
      long t2 = System.nanoTime();
      return new Summary(files, read[0], written, skipped, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, peak.max);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Analysed(AnalyzedArticle article, org.isnad.link.ArticleDigest digest) {}

  private Object analyse(RawDocument doc) {
    try {
      AnalyzedArticle a = analyzer.analyze(doc);
      return new Analysed(a, CorpusLinker.digest(a));
    } catch (RuntimeException | StackOverflowError e) {
      return new InputProblem(doc.path(), "analysis failed: " + e);
    }
  }

  private static <T> void put(BlockingQueue<T> q, T item, AtomicReference<Throwable> failure) {
    try {
      while (!q.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (failure.get() != null) throw new InputReader.Stopped();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The JVM's own peak usage of its heap pools (what the collector saw, not a sample of ours). */
  private static final class PeakHeap {
    long max;

    void sample() {
      long sum = 0;
      for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
      }
      max = Math.max(max, sum);
    }
  }

}
