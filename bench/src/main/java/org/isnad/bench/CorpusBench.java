package org.isnad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.ArticleAnalyzer;
import org.isnad.Pipeline;

/**
 * Whole-pipeline throughput: {@code isnad analyze} on a corpus (default: the 31,525 ANT articles),
 * printing articles per second of the per-article half, the time of the cross-article half, and the
 * JVM's peak heap. Usage: {@code CorpusBench [INPUT] [THREADS]}.
 */
public final class CorpusBench {
  private CorpusBench() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Path out = Files.createTempDirectory("isnad-bench");
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = ArticleAnalyzer.load();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    int[] problems = {0};
    Pipeline.Summary s = new Pipeline(analyzer, threads).run(List.of(input), out, p -> problems[0]++, n -> {});
    System.out.printf("corpus %s: %d articles, %d problems, %d threads%n", input, s.articles(), s.problems(), threads);
    System.out.printf("  resources loaded in %d ms%n", loadMs);
    System.out.printf("  per-article half: %.1f s, %.0f articles/s%n", s.analyseMillis() / 1e3,
        s.articles() / (s.analyseMillis() / 1e3));
    System.out.printf("  cross-article half: %.1f s%n", s.linkMillis() / 1e3);
    System.out.printf("  peak heap: %d MB (max heap %d MB)%n", s.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }
}
