package org.isnad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.isnad.ArticleAnalyzer;
import org.isnad.link.ArticleDigest;
import org.isnad.link.CorpusLinker;
import org.isnad.link.CorpusLinks;
import org.isnad.read.InputReader;

/**
 * Scaling of the cross-outlet stages: digests a corpus (per-article half, not timed as linking), then
 * times {@code add} + {@code link()} on a tenth of it (the middle tenth of its time span) and on all of it,
 * alternately, three times each, and prints the best times and their ratio (near-linear cost gives about
 * 10; the project's bound is 12), in wall-clock time and in CPU time of the linking thread. The machine
 * is shared, so the best of three is the fairer wall-clock figure, and CPU time is the one other jobs
 * cannot inflate.
 *
 * <p>Usage: {@code java -cp ... org.isnad.bench.LinkBench [CORPUS] [THREADS] [--stand-in-claims]}, CORPUS
 * defaulting to {@code ../shared/data/news/ant-multisource-2018.jsonl.gz}. With {@code --stand-in-claims},
 * articles for which the analyzer extracted no claims get crude ones ({@link StandInClaims}) so that the
 * event stages carry a realistic load.
 */
public final class LinkBench {
  private static final int ROUNDS = 3;

  private LinkBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    boolean standIn = args.length > 2 && args[2].equals("--stand-in-claims");
    if (!Files.exists(corpus)) {
      System.err.println("no corpus at " + corpus);
      System.exit(2);
    }
    ArticleAnalyzer analyzer = ArticleAnalyzer.load();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<ArticleDigest>> futures = Collections.synchronizedList(new ArrayList<>());
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    long t0 = System.nanoTime();
    InputReader.read(List.of(corpus), doc -> futures.add(pool.submit(() -> {
      var analysed = analyzer.analyze(doc);
      return CorpusLinker.digest(standIn && analysed.claims().isEmpty() ? StandInClaims.add(analysed) : analysed);
    })),
        p -> problems.add(p.toString()));
    List<ArticleDigest> all = new ArrayList<>(futures.size());
    for (Future<ArticleDigest> f : futures) all.add(f.get());
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    long t1 = System.nanoTime();
    System.out.printf("digested %d articles in %d ms (%d threads, per-article half, not part of linking)%n",
        all.size(), (t1 - t0) / 1_000_000, threads);
    // A tenth of the corpus is a tenth of its time span: the articles of the middle tenth by publication
    // date, every outlet included. (A random tenth would thin out every story a hundredfold in pairs, and
    // copies are pairs: its output, not just its cost, would be quadratically smaller.)
    List<ArticleDigest> byDay = new ArrayList<>(all);
    byDay.sort(java.util.Comparator.comparingInt(ArticleDigest::day));
    int from = (int) (byDay.size() * 0.45);
    List<ArticleDigest> tenth = new ArrayList<>(byDay.subList(from, from + all.size() / 10));
    java.util.Map<ArticleDigest, Integer> order = new java.util.IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) order.put(all.get(i), i);
    tenth.sort(java.util.Comparator.comparingInt(order::get)); // input order, as the pipeline adds them
    run("warm-up (tenth)", tenth);
    long smallWall = Long.MAX_VALUE;
    long smallCpu = Long.MAX_VALUE;
    long fullWall = Long.MAX_VALUE;
    long fullCpu = Long.MAX_VALUE;
    for (int round = 1; round <= ROUNDS; round++) {
      long[] s = run("tenth #" + round, tenth);
      long[] a = run("all #" + round, all);
      smallWall = Math.min(smallWall, s[0]);
      smallCpu = Math.min(smallCpu, s[1]);
      fullWall = Math.min(fullWall, a[0]);
      fullCpu = Math.min(fullCpu, a[1]);
    }
    System.out.printf("cross-outlet stages, wall clock: tenth %d ms, all %d ms, ratio %.2f (bound 12)%n", smallWall,
        fullWall, (double) fullWall / smallWall);
    System.out.printf("cross-outlet stages, CPU time of the linking thread: tenth %d ms, all %d ms, ratio %.2f%n",
        smallCpu, fullCpu, (double) fullCpu / smallCpu);
  }

  /** Wall-clock and CPU milliseconds of add + link. */
  private static long[] run(String name, List<ArticleDigest> docs) {
    System.gc();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    CorpusLinker linker = new CorpusLinker();
    for (ArticleDigest d : docs) linker.add(d);
    CorpusLinks links = linker.link();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long cpu = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
    long words = 0;
    for (ArticleDigest d : docs) words += d.words();
    System.out.printf("%-16s %6d articles, %8d words: %6d ms (CPU %6d ms) %s; reuse %d, stories %d, events %d, claims %d, framed outlets %d, framed articles %d%n",
        name, docs.size(), words, ms, cpu, linker.stageMillis(), links.reuse().size(), links.stories().size(), links.events().size(),
        links.claims().size(), links.framing().outlets().size(), links.framing().articles().size());
    return new long[] {ms, cpu};
  }
}
