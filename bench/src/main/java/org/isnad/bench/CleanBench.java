package org.isnad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.clean.ArticleCleaner;
import org.isnad.clean.ResidueLines;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;

/**
 * Cleaning ({@link ArticleCleaner#clean}, the first stage of the per-article path) against bare Lucene
 * {@link ArabicAnalyzer} over the same texts, in the same JVM, one thread, CPU time of the thread; and the residue
 * line classifier alone ({@link ResidueLines#residue}) on the texts' lines. Reading is done once and not timed; a
 * warm-up pass, then {@code ROUNDS} rounds alternating floor and cleaning. Prints articles per second (best round) and
 * cleaning's speed as a share of the floor's, the figure issue 16 asks to be at least 30%.
 *
 * <p>Usage: {@code bench/run CleanBench [INPUT] [ARTICLES] [ROUNDS]} (ANT, all, 3). Quote the load average beside it.
 */
public final class CleanBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private CleanBench() {}

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<RawDocument> docs = new ArrayList<>();
    InputReader.read(List.of(input), d -> {
      if (docs.size() < max && !d.body().isBlank()) docs.add(d);
    }, p -> {});
    List<List<String>> lines = new ArrayList<>();
    for (RawDocument d : docs) lines.add(Arrays.stream(d.body().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    System.out.printf("%s: %,d articles; one thread, %d rounds, CPU time%n", input, docs.size(), rounds);

    Analyzer lucene = new ArabicAnalyzer();
    ArticleCleaner cleaner = ArticleCleaner.load();
    ResidueLines residue = ResidueLines.load();
    int warm = Math.min(docs.size(), 3000);
    floor(lucene, docs.subList(0, warm));
    clean(cleaner, docs.subList(0, warm));
    classify(residue, lines.subList(0, warm));
    long[] floor = new long[rounds];
    long[] clean = new long[rounds];
    long[] classify = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      floor[r] = floor(lucene, docs);
      clean[r] = clean(cleaner, docs);
      classify[r] = classify(residue, lines);
      System.out.printf("  round %d: floor %.2f s, cleaning %.2f s, residue classifier %.2f s%n", r + 1, floor[r] / 1e9,
          clean[r] / 1e9, classify[r] / 1e9);
    }
    int n = docs.size();
    long f = Arrays.stream(floor).min().orElseThrow();
    long c = Arrays.stream(clean).min().orElseThrow();
    long k = Arrays.stream(classify).min().orElseThrow();
    System.out.printf("Lucene ArabicAnalyzer %,10.0f articles/s%n", n / (f / 1e9));
    System.out.printf("cleaning              %,10.0f articles/s  %5.1f%% of the floor%n", n / (c / 1e9), 100.0 * f / c);
    System.out.printf("  residue classifier  %,10.0f articles/s  (%.0f%% of cleaning's time)%n", n / (k / 1e9), 100.0 * k / c);
  }

  private static long floor(Analyzer analyzer, List<RawDocument> docs) {
    long t0 = CPU.getCurrentThreadCpuTime();
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
    long t = CPU.getCurrentThreadCpuTime() - t0;
    if (tokens < 0) System.out.println(); // keeps the count live
    return t;
  }

  private static long clean(ArticleCleaner cleaner, List<RawDocument> docs) {
    long t0 = CPU.getCurrentThreadCpuTime();
    long chars = 0;
    for (RawDocument d : docs) chars += cleaner.clean(d).text().length();
    long t = CPU.getCurrentThreadCpuTime() - t0;
    if (chars < 0) System.out.println();
    return t;
  }

  private static long classify(ResidueLines residue, List<List<String>> lines) {
    long t0 = CPU.getCurrentThreadCpuTime();
    long dropped = 0;
    for (List<String> l : lines) for (boolean b : residue.residue(l)) dropped += b ? 1 : 0;
    long t = CPU.getCurrentThreadCpuTime() - t0;
    if (dropped < 0) System.out.println();
    return t;
  }
}
