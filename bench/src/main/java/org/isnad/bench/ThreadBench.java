package org.isnad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;

/**
 * How the per-article half scales with threads: the path of {@link Stages} over the same articles (read
 * once up front, not timed) on one thread and on {@code THREADS}, alternately, three rounds each after a
 * warm-up; prints the best and median articles per second of each and the speed-up (issue 16 asks for at
 * least 1.8 with two threads). Writing is left out: it is the writer thread's, not the analysis threads'.
 * On a shared machine the figure is only as good as the cores left idle, so quote the load average.
 *
 * <p>Usage: {@code bench/run ThreadBench [INPUT] [ARTICLES] [THREADS]}, defaults: the ANT corpus, 6,000, 2.
 */
public final class ThreadBench {
  private ThreadBench() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<RawDocument> docs = new ArrayList<>();
    InputReader.read(List.of(input), d -> {
      if (docs.size() < max && !d.body().isBlank()) docs.add(d);
    }, p -> {});
    Stages stages = new Stages();
    run(stages, docs.subList(0, Math.min(docs.size(), 2000)), threads); // warm-up
    int rounds = 3;
    long[] one = new long[rounds];
    long[] many = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      one[r] = run(stages, docs, 1);
      many[r] = run(stages, docs, threads);
      System.out.printf("  round %d: 1 thread %.1f s, %d threads %.1f s%n", r + 1, one[r] / 1e9, threads, many[r] / 1e9);
    }
    java.util.Arrays.sort(one);
    java.util.Arrays.sort(many);
    System.out.printf("%,d articles: 1 thread %,.0f articles/s (median %,.0f), %d threads %,.0f (median %,.0f): "
            + "speed-up %.2f (median rounds %.2f)%n", docs.size(), docs.size() / (one[0] / 1e9),
        docs.size() / (one[rounds / 2] / 1e9), threads, docs.size() / (many[0] / 1e9),
        docs.size() / (many[rounds / 2] / 1e9), (double) one[0] / many[0], (double) one[rounds / 2] / many[rounds / 2]);
  }

  /** The path over every article on {@code threads} threads taking the next article as they go; nanoseconds. */
  private static long run(Stages stages, List<RawDocument> docs, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<Long>> parts = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      parts.add(pool.submit(() -> {
        long words = 0;
        long[] nanos = new long[Stages.NAMES.size()];
        for (int i; (i = next.getAndIncrement()) < docs.size(); ) words += stages.run(docs.get(i), nanos).words();
        return words;
      }));
    }
    for (Future<Long> f : parts) f.get();
    long t = System.nanoTime() - t0;
    pool.shutdown();
    return t;
  }
}
