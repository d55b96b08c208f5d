package org.isnad.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;

/**
 * Is every stage of the per-article path linear in the length of one article? Builds single articles of
 * the given sizes (UTF-8 megabytes) by joining ANT texts one after another, runs the path on each,
 * stage by stage ({@link Stages}), after a warm-up on the smallest, twice for each size in turn, and
 * prints each stage's best seconds (wall-clock, and the thread's CPU time, which other jobs on a shared
 * machine cannot inflate) and its growth from the smallest size to the largest against the growth in
 * characters (issue 16: a 20 MB
 * article within 10× a 2 MB one). The reader's cap on one record is 20 MB, so 20 is the largest size
 * {@code isnad analyze} meets.
 *
 * <p>Usage: {@code bench/run ScalingBench [INPUT] [MB...]}, INPUT defaulting to the ANT corpus and the sizes
 * to 2 and 20 (the largest needs a few GB of heap).
 */
public final class ScalingBench {
  private ScalingBench() {}

  public static void main(String[] args) {
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    List<Integer> sizes = new ArrayList<>();
    for (int a = 1; a < args.length; a++) sizes.add(Integer.parseInt(args[a]));
    if (sizes.isEmpty()) sizes = List.of(2, 20);
    int largest = sizes.stream().max(Integer::compare).orElseThrow();
    List<RawDocument> docs = new ArrayList<>();
    long[] bytes = {0};
    InputReader.read(List.of(input), d -> {
      if (bytes[0] >= (long) largest << 20 || d.body().isBlank()) return;
      docs.add(d);
      bytes[0] += d.body().getBytes(StandardCharsets.UTF_8).length + 1;
    }, p -> {});
    Stages stages = new Stages();
    stages.run(article(docs, sizes.get(0)), new long[Stages.NAMES.size()]); // warm-up
    List<RawDocument> articles = new ArrayList<>();
    for (int mb : sizes) articles.add(article(docs, mb));
    // the best of ROUNDS runs of each size, the sizes alternating, in wall-clock and in the thread's CPU time
    long[][] wall = new long[sizes.size()][];
    long[][] cpu = new long[sizes.size()][];
    for (int r = 0; r < ROUNDS; r++) {
      for (int k = 0; k < sizes.size(); k++) {
        long[] w = new long[Stages.NAMES.size()];
        stages.run(articles.get(k), w);
        long[] c = new long[Stages.NAMES.size()];
        stages.run(articles.get(k), c, Stages::cpuClock);
        wall[k] = wall[k] == null ? w : min(wall[k], w);
        cpu[k] = cpu[k] == null ? c : min(cpu[k], c);
      }
    }
    for (int k = 0; k < sizes.size(); k++) {
      System.out.printf("%3d MB (%,d characters), best of %d:%n", sizes.get(k), articles.get(k).body().length(), ROUNDS);
      print("  wall", wall[k]);
      print("  CPU ", cpu[k]);
    }
    int last = sizes.size() - 1;
    System.out.printf("growth %d MB -> %d MB (characters ×%.1f):%n", sizes.get(0), sizes.get(last),
        (double) articles.get(last).body().length() / articles.get(0).body().length());
    growth("  wall", wall[0], wall[last]);
    growth("  CPU ", cpu[0], cpu[last]);
  }

  private static final int ROUNDS = 2;

  private static long[] min(long[] a, long[] b) {
    long[] out = new long[a.length];
    for (int s = 0; s < a.length; s++) out[s] = Math.min(a[s], b[s]);
    return out;
  }

  private static void print(String what, long[] nanos) {
    System.out.print(what);
    long total = 0;
    for (int s = 0; s < nanos.length; s++) {
      System.out.printf(" %s %.1f s,", Stages.NAMES.get(s), nanos[s] / 1e9);
      total += nanos[s];
    }
    System.out.printf(" path %.1f s%n", total / 1e9);
  }

  private static void growth(String what, long[] small, long[] big) {
    System.out.print(what);
    long st = 0;
    long bt = 0;
    for (int s = 0; s < small.length; s++) {
      System.out.printf(" %s ×%.1f,", Stages.NAMES.get(s), (double) big[s] / Math.max(1, small[s]));
      st += small[s];
      bt += big[s];
    }
    System.out.printf(" path ×%.1f%n", (double) bt / st);
  }

  /** The first ANT texts, joined by line breaks, up to {@code mb} megabytes of UTF-8, as one raw article. */
  private static RawDocument article(List<RawDocument> docs, int mb) {
    StringBuilder sb = new StringBuilder();
    long limit = (long) mb << 20;
    long size = 0;
    for (RawDocument d : docs) {
      int b = d.body().getBytes(StandardCharsets.UTF_8).length + 1;
      if (size + b > limit) break;
      if (sb.length() > 0) sb.append('\n');
      sb.append(d.body());
      size += b;
    }
    RawDocument first = docs.get(0);
    return new RawDocument("scaling-" + mb + "mb", first.path(), first.outlet(), first.url(), first.published(),
        first.title(), sb.toString(), false, null);
  }
}
