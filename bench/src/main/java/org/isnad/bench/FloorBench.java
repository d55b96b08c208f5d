package org.isnad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.clean.SiteTemplate;
import org.isnad.link.ArticleDigest;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;

/**
 * Isnad's per-article path against a floor: bare Lucene {@link ArabicAnalyzer} (tokenising, stop words,
 * normalisation, light stemming) over the same texts, in the same JVM and run, on one thread. Reading is
 * done once up front and not timed; then, after a warm-up pass over the first articles, three rounds
 * each time the floor and then the path stage by stage ({@link Stages}), cleaning with the documents' line
 * recurrence as {@code isnad analyze} does (its first pass timed once, apart). Prints articles per second per
 * stage (min and median over the rounds of the time taken) and the ratio of the path's speed to the
 * floor's, the one figure to quote (issue 16 asks for at least 0.10, cleaning alone at least 0.30).
 *
 * <p>Usage: {@code bench/run FloorBench [INPUT] [ARTICLES] [ROUNDS] [--cpu]}, INPUT defaulting to the ANT
 * corpus, ARTICLES to all of it, ROUNDS to 3. Times are wall-clock, or with {@code --cpu} the thread's CPU
 * time (fairer on a machine shared with other jobs; both sides are timed the same way). Quote the load
 * average beside the figure.
 */
public final class FloorBench {
  private FloorBench() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    boolean cpu = List.of(args).contains("--cpu");
    LongSupplier clock = cpu ? Stages::cpuClock : System::nanoTime;
    if (!Files.exists(input)) {
      System.err.println("FloorBench: no input at " + input);
      System.exit(2);
    }
    List<RawDocument> docs = new ArrayList<>();
    InputReader.read(List.of(input), d -> {
      if (docs.size() < max && !d.body().isBlank()) docs.add(d);
    }, p -> {});
    long chars = 0;
    for (RawDocument d : docs) chars += d.body().length();
    System.out.printf("%s: %,d articles, %,d characters; one thread, %d rounds, %s time%n", input, docs.size(), chars, rounds,
        cpu ? "CPU" : "wall-clock");

    Stages stages = new Stages();
    // the first pass of analyze over the same documents: timed once, apart from the per-article path
    long r0 = clock.getAsLong();
    SiteTemplate.Builder recurrence = SiteTemplate.builder();
    for (RawDocument d : docs) recurrence.add(d);
    SiteTemplate run = recurrence.build();
    long r1 = clock.getAsLong();
    stages.recurrence(run);
    System.out.printf("first pass (line recurrence per host, %,d lines on 2 pages or more): %,.0f articles/s%n",
        run.recurring(), docs.size() / Math.max(1e-9, (r1 - r0) / 1e9));
    Analyzer lucene = new ArabicAnalyzer();
    List<RawDocument> warm = docs.subList(0, Math.min(docs.size(), 3000));
    floor(lucene, warm, clock);
    path(stages, warm, new long[Stages.NAMES.size()], clock);

    long[] floor = new long[rounds];
    long[][] stage = new long[Stages.NAMES.size()][rounds];
    long[] path = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      floor[r] = floor(lucene, docs, clock);
      long[] nanos = new long[Stages.NAMES.size()];
      long t0 = clock.getAsLong();
      path(stages, docs, nanos, clock);
      path[r] = clock.getAsLong() - t0;
      for (int s = 0; s < nanos.length; s++) stage[s][r] = nanos[s];
      System.out.printf("  round %d: floor %.1f s, path %.1f s%n", r + 1, floor[r] / 1e9, path[r] / 1e9);
    }

    int n = docs.size();
    System.out.printf("%-22s %14s %14s %9s%n", "articles/s", "best round", "median round", "of floor");
    row("Lucene ArabicAnalyzer", n, floor, floor);
    for (int s = 0; s < stage.length; s++) row("  " + Stages.NAMES.get(s), n, stage[s], floor);
    row("per-article path", n, path, floor);
    System.out.printf("ratio (path / floor, best of %d rounds each): %.3f (median rounds: %.3f)%n", rounds,
        (double) min(floor) / min(path), (double) median(floor) / median(path));
  }

  /** Every token of every text through Lucene's analyzer; nanoseconds taken. */
  private static long floor(Analyzer analyzer, List<RawDocument> docs, LongSupplier clock) {
    long t0 = clock.getAsLong();
    long tokens = 0;
    try {
      for (RawDocument d : docs) {
        try (TokenStream ts = analyzer.tokenStream("text", d.body())) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) tokens += term.length() > 0 ? 1 : 0;
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t = clock.getAsLong() - t0;
    if (tokens < 0) System.out.println(); // keeps the count live
    return t;
  }

  private static void path(Stages stages, List<RawDocument> docs, long[] nanos, LongSupplier clock) {
    long words = 0;
    for (RawDocument d : docs) {
      ArticleDigest digest = stages.run(d, nanos, clock);
      words += digest.words();
    }
    if (words < 0) System.out.println();
  }

  private static void row(String name, int articles, long[] nanos, long[] floor) {
    System.out.printf("%-22s %,14.0f %,14.0f %8.1f%%%n", name, articles / (min(nanos) / 1e9),
        articles / (median(nanos) / 1e9), 100.0 * min(floor) / min(nanos));
  }

  private static long min(long[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  private static long median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
