package org.isnad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.ArticleAnalyzer;
import org.isnad.Pipeline;
import org.isnad.app.report.ReportWriter;
import org.isnad.app.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad analyze [--out DIR] INPUT...}: the whole data set from raw inputs. */
@Command(name = "analyze", description = "Analyse articles and write the Isnad data set.")
final class AnalyzeCommand implements Callable<Integer> {
  @Option(names = "--out", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "isnad-out")
  Path out;

  @Option(names = "--threads", description = "analysis threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-index", description = "skip the search index")
  boolean noIndex;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories (recursed)")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = ArticleAnalyzer.load();
    Progress progress = new Progress();
    Pipeline.Summary s;
    try (progress) {
      s = new Pipeline(analyzer, threads).run(inputs, out,
          p -> progress.problem(p.toString()), progress);
      progress.stage("report");
      ReportWriter.write(out);
      if (!noIndex) {
        progress.stage("index");
        SearchIndex.build(out);
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.err.printf("isnad: %d articles (%d inputs or records skipped) in %.1f s: %.0f articles/s analysing, "
            + "linking %.1f s, peak heap %d MB -> %s%n",
        s.articles(), s.problems(), secs, s.articles() / Math.max(1e-3, s.analyseMillis() / 1e3),
        s.linkMillis() / 1e3, s.peakHeapBytes() >> 20, out);
    return s.articles() == 0 ? 1 : 0;
  }
}
