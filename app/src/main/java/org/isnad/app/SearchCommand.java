package org.isnad.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad search [--data DIR] QUERY}: Arabic-aware full-text search over an analysed data set. */
@Command(name = "search", description = "Search an analysed data set (Arabic-aware).")
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "isnad-out", description = "data set directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Parameters(arity = "1..*", paramLabel = "QUERY")
  List<String> query;

  @Override
  public Integer call() {
    System.err.println("isnad search: not built yet");
    return 2;
  }
}
