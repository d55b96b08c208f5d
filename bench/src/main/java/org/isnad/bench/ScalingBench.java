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
 * stage by stage ({@link Stages}), after a warm-up on the smallest, and prints each stage's seconds and
 * its growth from the smallest size to the largest against the growth in characters (issue 16: a 20 MB
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
    List<long[]> times = new ArrayList<>();
    List<Integer> chars = new ArrayList<>();
    for (int mb : sizes) {
      RawDocument a = article(docs, mb);
      long[] nanos = new long[Stages.NAMES.size()];
      stages.run(a, nanos);
      times.add(nanos);
      chars.add(a.body().length());
      System.out.printf("%3d MB (%,d characters):", mb, a.body().length());
      long total = 0;
      for (int s = 0; s < nanos.length; s++) {
        System.out.printf(" %s %.1f s,", Stages.NAMES.get(s), nanos[s] / 1e9);
        total += nanos[s];
      }
      System.out.printf(" path %.1f s%n", total / 1e9);
    }
    long[] small = times.get(0);
    long[] big = times.get(times.size() - 1);
    System.out.printf("growth %d MB -> %d MB (characters ×%.1f):", sizes.get(0), sizes.get(sizes.size() - 1),
        (double) chars.get(chars.size() - 1) / chars.get(0));
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
