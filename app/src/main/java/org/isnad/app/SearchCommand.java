package org.isnad.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.app.report.Segment;
import org.isnad.app.search.QueryCost;
import org.isnad.app.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad search [--data DIR] QUERY}: Arabic-aware full-text search over an analysed data set.
 * Prints one block per hit: id, outlet, date and title on a line, then the best passages with the
 * matches between ⟦ and ⟧.
 */
@Command(name = "search", description = "Search an analysed data set (Arabic-aware).")
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "isnad-out", description = "data set directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "hits to print (default: ${DEFAULT-VALUE})")
  int limit;

  @Parameters(arity = "1..*", paramLabel = "QUERY")
  List<String> query;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data.resolve("articles.jsonl"))) {
      System.err.println("isnad search: " + data + ": no data set (run: isnad analyze --out " + data + " INPUT...)");
      return 1;
    }
    if (!SearchIndex.exists(data)) {
      System.err.println("isnad search: building the search index in " + SearchIndex.dir(data));
      SearchIndex.build(data);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (SearchIndex index = SearchIndex.open(data)) {
      SearchIndex.Results r;
      try {
        r = index.search(String.join(" ", query), 0, Math.max(1, limit));
      } catch (QueryCost.TooCostly e) {
        System.err.println("isnad search: " + e.getMessage());
        return 1;
      }
      for (SearchIndex.Hit h : r.hits()) {
        out.println(h.id() + "\t" + (h.outlet() == null ? "-" : h.outlet()) + "\t"
            + (h.published() == null ? "-" : h.published()) + "\t" + plain(h.title()));
        for (List<Segment> s : h.snippets()) out.println("    " + plain(s).replace('\n', ' '));
      }
      System.err.println("isnad search: " + r.total() + " hits" + (r.total() > r.hits().size()
          ? " (showing " + r.hits().size() + "; --limit N for more)" : ""));
      return 0;
    }
  }

  private static String plain(List<Segment> segs) {
    StringBuilder b = new StringBuilder();
    for (Segment s : segs) {
      if (s.cls() != null) b.append('⟦').append(s.text()).append('⟧');
      else b.append(s.text());
    }
    return b.toString();
  }
}
