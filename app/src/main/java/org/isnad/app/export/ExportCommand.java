package org.isnad.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.io.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isnad export --format acled|plover|claims|parquet --out FILE [DATA]}: the data set as files that
 * analysts' tools load. A file is written beside FILE and renamed onto it when complete, so a failed
 * export leaves no half file.
 */
@Command(name = "export", description = {"Export an analysed data set for other tools:",
    "  acled    ACLED-shaped CSV, one row per event (UTF-8 with BOM)",
    "  plover   PLOVER JSON Lines, one record per claim of a PLOVER type",
    "  claims   CSV, one row per claim with its chain of sources (UTF-8 with BOM)",
    "  parquet  a directory with one Parquet file per table (articles, mentions, quantities, claims, events, reuse, stories)"},
    sortOptions = false)
public final class ExportCommand implements Callable<Integer> {
  public enum Format { acled, plover, claims, parquet }

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "acled, plover, claims or parquet")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "the file to write (for parquet: a directory)")
  Path out;

  @Parameters(arity = "0..1", paramLabel = "DATA", defaultValue = "isnad-out",
      description = "the data set directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    try {
      DatasetReader reader = DatasetReader.open(data);
      String what = format == Format.parquet ? parquet(reader) : file(reader);
      spec.commandLine().getErr().printf("isnad export: %s in %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
      return 0;
    } catch (UncheckedIOException e) {
      return fail(reason(e.getCause()));
    } catch (IOException e) {
      return fail(reason(e));
    }
  }

  private String parquet(DatasetReader reader) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) throw new IOException(out + ": not a directory (parquet writes one file per table)");
    Map<String, Long> rows = new ParquetExport(reader).write(out);
    StringBuilder b = new StringBuilder();
    rows.forEach((t, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(t));
    return b + " -> " + out + "/";
  }

  private String file(DatasetReader reader) throws IOException {
    if (Files.isDirectory(out)) throw new IOException(out + ": is a directory (give a file name)");
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = parent.resolve("." + out.getFileName() + ".partial");
    try {
      String what = write(reader, partial);
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return what + " -> " + out;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private String write(DatasetReader reader, Path file) throws IOException {
    ExportData d = ExportData.load(reader, format == Format.acled);
    return switch (format) {
      case acled -> {
        AcledExport.Result r = new AcledExport(d).write(file);
        yield r.rows() + " events" + (r.outOfScope() == 0 ? "" : " (" + r.outOfScope()
            + " of types ACLED does not code left out: see lexicon/acled-types.tsv)");
      }
      case plover -> new PloverExport(d).write(file) + " PLOVER records";
      case claims -> new ClaimsExport(d).write(file) + " claims";
      case parquet -> throw new IllegalStateException("parquet is a directory");
    };
  }

  private int fail(String line) {
    spec.commandLine().getErr().println("isnad export: " + line);
    return 1;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file or directory";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
