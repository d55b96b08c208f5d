package org.isnad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.ArticleAnalyzer;
import org.isnad.Pipeline;
import org.isnad.app.report.ReportWriter;
import org.isnad.app.search.SearchIndex;
import org.isnad.read.InputProblem;
import org.isnad.io.Batches;
import org.isnad.io.Checkpoint;
import org.isnad.io.InputFingerprint;
import org.isnad.io.OutputLock;
import org.isnad.io.StagedDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad analyze [--out DIR] INPUT...}: the whole data set from raw inputs, built beside DIR and
 * swapped in only when complete ({@link StagedDataset}): a failed, killed or empty run leaves DIR as it was.
 * One run at a time writes DIR ({@link OutputLock}).
 */
@Command(name = "analyze", description = "Analyse articles and write the Isnad data set.")
final class AnalyzeCommand implements Callable<Integer> {
  @Option(names = "--out", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "isnad-out")
  Path out;

  @Option(names = "--threads", description = "analysis threads (default: available processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-index", description = "skip the search index")
  boolean noIndex;

  @Option(names = "--resume", description = "go on with an interrupted run into the same --out from its last "
      + "complete batch (the same INPUTs; the result is what an uninterrupted run writes)")
  boolean resume;

  @Option(names = "--batch", description = "articles per batch: after each, a checkpoint to --resume from "
      + "(default: ${DEFAULT-VALUE})", defaultValue = "1000")
  int batch;

  @Option(names = "--article-budget", paramLabel = "SECONDS", description = "longest time one article may take; "
      + "past it the article is skipped with a line and the run goes on (default: ${DEFAULT-VALUE})",
      defaultValue = "30")
  double articleBudget;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or directories (recursed)")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) return fail("--threads " + threads + ": at least 1");
    Path target = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath().normalize();
    if (target.getParent() == null) return fail(out + ": a data set is built beside its folder, so it cannot be the root");
    try (OutputLock lock = OutputLock.acquire(target)) {
      return analyze(target);
    } catch (OutputLock.Held e) {
      return fail(e.getMessage());
    } catch (IOException e) {
      return fail("cannot write the data set: " + reason(e));
    }
  }

  /** The run itself, under the lock of {@code target}. */
  private int analyze(Path target) throws IOException {
    long t0 = System.nanoTime();
    if (!(articleBudget > 0)) return fail("--article-budget must be more than 0 seconds");
    String fingerprint = InputFingerprint.of(inputs);
    StagedDataset staged;
    Batches batches;
    if (resume) {
      staged = StagedDataset.resume(target);
      try {
        batches = Batches.resume(staged.dir(), fingerprint, batch);
      } catch (Batches.NotResumable e) {
        return fail(e.getMessage()); // the staged data set stays, for a resume with the right inputs
      }
      staged.keepOnly(Batches.KEPT);
      Checkpoint c = batches.resumed();
      System.err.printf(Locale.ROOT, "isnad: resuming after batch %d: %,d articles written, input read up to %s%n",
          c.batch(), c.articles(), InputProblem.escaped(c.position()));
    } else {
      staged = StagedDataset.begin(target);
      batches = Batches.start(staged.dir(), fingerprint, batch);
    }
    boolean swapped = false;
    try (batches) {
      ArticleAnalyzer analyzer = ArticleAnalyzer.load();
      Progress progress = new Progress();
      Pipeline.Summary s;
      Duration budget = Duration.ofNanos(Math.round(articleBudget * 1e9));
      try (progress) {
        s = new Pipeline(analyzer, threads, budget).run(inputs, staged.dir(), p -> progress.problem(p.toString()),
            progress, batches);
        if (s.articles() == 0) {
          return fail("no readable input (" + s.problems() + " skipped); nothing written, "
              + out + " left as it was");
        }
        progress.stage("report");
        ReportWriter.write(staged.dir());
        if (!noIndex) {
          progress.stage("index");
          SearchIndex.build(staged.dir());
        }
      }
      batches.remove();
      staged.commit();
      swapped = true;
      double secs = (System.nanoTime() - t0) / 1e9;
      int analysedNow = s.articles() - (batches.resumed() == null ? 0 : batches.resumed().articles());
      System.err.printf("isnad: %s in %.1f s: %.0f articles/s analysing, linking %.1f s, peak heap %d MB -> %s%n",
          counts(s), secs, analysedNow / Math.max(1e-3, s.analyseMillis() / 1e3), s.linkMillis() / 1e3,
          s.peakHeapBytes() >> 20, out);
      return 0;
    } catch (UncheckedIOException e) {
      return fail("cannot write the data set: " + reason(e.getCause()) + "; " + out + " left as it was");
    } catch (IOException e) {
      // a full disk or an I/O error: one line; the staged data set goes, the previous one stays
      return fail("cannot write the data set: " + reason(e) + "; " + out + " left as it was");
    } finally {
      if (!swapped) staged.discard();
    }
  }

  /** "18 articles analysed of 19 read from 2 files; 3 skipped (2 bad JSON line, 1 empty file)". */
  static String counts(Pipeline.Summary s) {
    StringBuilder b = new StringBuilder().append(s.articles()).append(" articles analysed of ").append(s.read())
        .append(" read from ").append(s.files()).append(s.files() == 1 ? " file; " : " files; ")
        .append(s.problems()).append(" skipped");
    if (!s.skipped().isEmpty()) {
      b.append(" (");
      s.skipped().forEach((kind, n) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ").append(n).append(' ').append(kind));
      b.append(')');
    }
    return b.toString();
  }

  private static int fail(String line) {
    System.err.println("isnad analyze: " + line);
    return 1;
  }

  /** The message of an I/O error, with the file when Java gives it apart. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file or directory";
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
