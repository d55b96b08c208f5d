package org.isnad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.isnad.clean.SiteTemplate;
import org.isnad.io.Batches;
import org.isnad.io.Checkpoint;
import org.isnad.io.DatasetWriter;
import org.isnad.link.ArticleDigest;
import org.isnad.link.CorpusLinker;
import org.isnad.link.CorpusLinks;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.RawDocument;
import org.isnad.read.InputProblem;
import org.isnad.read.InputReader;

/**
 * {@code isnad analyze}: a first pass over the inputs counts, per host, the pages each line is on (the run's page
 * template, {@link SiteTemplate}: hashes and counts, bounded); the second reads the inputs as a stream, analyses
 * articles on a thread pool with that table, writes each as soon as it is done (in input order, so output is stable
 * across runs), then links the corpus.
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

  /** Default time an article may take before it is stopped and skipped: far beyond any news article's. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

  private final BiFunction<RawDocument, SiteTemplate, AnalyzedArticle> analyzer;
  private final int threads;
  private final Duration budget;

  public Pipeline(ArticleAnalyzer analyzer, int threads) {
    this(analyzer, threads, DEFAULT_BUDGET);
  }

  /** With {@code budget}: the longest one article may take; past it the article is skipped and the run goes on. */
  public Pipeline(ArticleAnalyzer analyzer, int threads, Duration budget) {
    this((BiFunction<RawDocument, SiteTemplate, AnalyzedArticle>) analyzer::analyze, threads, budget);
  }

  /**
   * With any per-article function in place of the analyzer: lets a test stand in an article that never
   * ends, so that the budget is tried without depending on how fast a real article is analysed.
   */
  Pipeline(Function<RawDocument, AnalyzedArticle> analyzer, int threads, Duration budget) {
    this((doc, run) -> analyzer.apply(doc), threads, budget);
  }

  private Pipeline(BiFunction<RawDocument, SiteTemplate, AnalyzedArticle> analyzer, int threads, Duration budget) {
    this.analyzer = analyzer;
    this.threads = Math.max(1, threads);
    this.budget = budget;
  }

  public Summary run(List<Path> inputs, Path out, Consumer<InputProblem> problems, Progress progress) throws IOException {
    return run(inputs, out, problems, progress, Batches.none());
  }

  /**
   * As {@link #run(List, Path, Consumer, Progress)}, in {@code batches}: checkpointed as it goes, and when
   * {@code batches} resumes a run, going on after its checkpoint (the inputs are read again from the start,
   * so that ids come out as they did, but what the checkpoint covers is neither analysed nor reported again).
   */
  public Summary run(List<Path> inputs, Path out, Consumer<InputProblem> problems, Progress progress, Batches batches)
      throws IOException {
    Checkpoint from = batches.resumed();
    // the first pass: the run's line recurrence per host, the same on a resumed run (all inputs are read again)
    progress.stage("recurring lines");
    SiteTemplate run = recurrence(inputs);
    Map<String, Integer> skipped = new LinkedHashMap<>(from == null ? Map.of() : from.skipped());
    Consumer<InputProblem> countingProblems = p -> {
      skipped.merge(p.kind(), 1, Integer::sum);
      problems.accept(p);
    };
    int[] read = {0};
    CorpusLinker linker = new CorpusLinker();
    for (ArticleDigest d : batches.digests()) linker.add(d);
    long consumedBefore = from == null ? 0 : from.items();
    long t0 = System.nanoTime();
    int written;
    PeakHeap peak = new PeakHeap();
    Workers pool = new Workers(threads);
    try (DatasetWriter writer = new DatasetWriter(out, from != null)) {
      // jobs in input order; the reader blocks when the queue is full, bounding memory
      BlockingQueue<Slot> queue = new ArrayBlockingQueue<>(threads * 64);
      Slot poison = new Slot(CompletableFuture.completedFuture(null), null);
      int[] done = {from == null ? 0 : from.articles()};
      long[] consumed = {consumedBefore};
      Thread drain = new Thread(() -> {
        try {
          while (true) {
            Slot slot = queue.take();
            if (slot == poison) return;
            Object r = slot.job == null ? slot.future.get() : await(slot, pool);
            consumed[0]++;
            if (r instanceof Analysed a) {
              writer.write(a.article());
              linker.add(a.digest());
              batches.add(a.digest());
              done[0]++;
              batches.written(writer, done[0], consumed[0], skipped, a.article().article().path());
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
      // what the checkpoint covers is read again (ids depend on it) but goes no further
      long[] seen = {0};
      // once the writer has failed (a full disk), reading stops instead of filling a queue nobody takes from
      Consumer<RawDocument> submit = doc -> {
        read[0]++;
        if (seen[0]++ < consumedBefore) return;
        Job job = new Job(doc, run, pool);
        put(queue, new Slot(pool.submit(job), job), drainFailure);
      };
      int files = 0;
      try {
        files = InputReader.read(inputs, submit, p -> {
          if (seen[0]++ < consumedBefore) return;
          put(queue, new Slot(CompletableFuture.completedFuture(p), null), drainFailure);
        });
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

  private record Analysed(AnalyzedArticle article, ArticleDigest digest) {}

  /** One queued result in input order: an article's job, or an input problem ({@code job} null). */
  private record Slot(Future<Object> future, Job job) {}

  /** The analysis of one document, timed from when a worker starts it. */
  private final class Job implements Callable<Object> {
    static final int RUNNING = 0;
    static final int DONE = 1;
    static final int ABANDONED = 2;
    static final long NOT_STARTED = Long.MIN_VALUE;

    final RawDocument doc;
    final SiteTemplate run;
    final Workers pool;
    final AtomicInteger state = new AtomicInteger(RUNNING);
    volatile long started = NOT_STARTED;

    Job(RawDocument doc, SiteTemplate run, Workers pool) {
      this.doc = doc;
      this.run = run;
      this.pool = pool;
    }

    @Override
    public Object call() {
      started = System.nanoTime();
      try {
        return analyse(doc, run);
      } finally {
        if (!state.compareAndSet(RUNNING, DONE)) pool.abandonedEnded();
      }
    }
  }

  /**
   * The result of {@code slot}'s job, or, once it has run past the budget, a problem naming it: the job is
   * interrupted (the analyzer stops at its next stage) and a worker is added for as long as it still runs,
   * so that the articles after it go on at full speed even when it never stops.
   */
  private Object await(Slot slot, Workers pool) throws InterruptedException, ExecutionException {
    Job job = slot.job;
    long budgetNanos = budget.toNanos();
    while (true) {
      long started = job.started;
      long left = started == Job.NOT_STARTED ? budgetNanos : started + budgetNanos - System.nanoTime();
      if (started != Job.NOT_STARTED && left <= 0) {
        if (!job.state.compareAndSet(Job.RUNNING, Job.ABANDONED)) return slot.future.get();
        pool.abandoned();
        slot.future.cancel(true);
        return new InputProblem(job.doc.path(), String.format(Locale.ROOT,
            "over the time budget (%s s per article, %,d characters); the articles after it are still analysed",
            BigDecimal.valueOf(budgetNanos, 9).stripTrailingZeros().toPlainString(), job.doc.body().length()));
      }
      try {
        return slot.future.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // look again: the job may not have started when the wait began
      }
    }
  }

  /** A fixed pool of analysis threads, one more for each abandoned job that is still running. */
  private static final class Workers extends ThreadPoolExecutor {
    private final int threads;
    private int abandoned;

    Workers(int threads) {
      super(threads, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "isnad-analyse");
        t.setDaemon(true);
        return t;
      });
      this.threads = threads;
    }

    synchronized void abandoned() {
      abandoned++;
      setCorePoolSize(threads + abandoned);
    }

    synchronized void abandonedEnded() {
      abandoned--;
      setCorePoolSize(threads + abandoned);
    }
  }

  /**
   * The first pass over {@code inputs}: every document read once and its lines counted per host (hashes and counts,
   * {@link SiteTemplate}), so that each article's cleaning knows which of its lines the host's other pages repeat.
   * What cannot be read is skipped here without a word: the second pass reports it, once.
   */
  public static SiteTemplate recurrence(List<Path> inputs) {
    SiteTemplate.Builder b = SiteTemplate.builder();
    InputReader.read(inputs, b::add, p -> { });
    return b.build();
  }

  private Object analyse(RawDocument doc, SiteTemplate run) {
    try {
      AnalyzedArticle a = analyzer.apply(doc, run);
      return new Analysed(a, CorpusLinker.digest(a));
    } catch (RuntimeException | StackOverflowError e) {
      return new InputProblem(doc.path(), "analysis failed: " + e);
    } catch (OutOfMemoryError e) {
      // what the article allocated is garbage once this returns: one article too big for the heap is one
      // skipped article, not a failed run
      return new InputProblem(doc.path(), "too large for the heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB); raise it with JAVA_OPTS=-Xmx...; the articles after it are still analysed");
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
