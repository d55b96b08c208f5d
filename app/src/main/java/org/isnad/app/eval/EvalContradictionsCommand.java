package org.isnad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.isnad.ArticleAnalyzer;
import org.isnad.link.ArticleDigest;
import org.isnad.link.ContradictionFinder;
import org.isnad.link.CorpusLinker;
import org.isnad.link.EventMerger;
import org.isnad.model.Article;
import org.isnad.model.Contradiction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval contradictions [ANS_DIR] [--judged FILE ...]}: how far the contradictions can be
 * trusted.
 *
 * <p>(a) The ANS stance pairs ({@code stance/dev.csv}: two headlines, {@code agree}/{@code disagree}/
 * {@code other}): each pair is read as two outlets' reports of one event (each headline analysed as an
 * article of its own outlet, all their claims taken as one event) and the contradiction finder is run on
 * it; "contradiction found" is scored against {@code disagree} (precision, recall, F1). The finder was
 * never tuned on these pairs.
 *
 * <p>(b) Hand-judged standoff files (JSON lines, one per judged item: {@code slot} — {@code merge} for an
 * event merge — and {@code verdict} {@code true}, {@code false} or {@code unsure}; see
 * docs/judging-contradictions-and-merges.md): precision per slot, unsure left out.
 */
@Command(name = "contradictions", description = "Contradiction precision/recall on ANS stance pairs and judged samples.")
public final class EvalContradictionsCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "ANS_DIR", description = "default ../shared/data/stance/ans")
  Path dir = Path.of("../shared/data/stance/ans");

  @Option(names = "--judged", paramLabel = "FILE", description = "judged standoff file(s) (JSON lines with slot and verdict)")
  List<Path> judged = new ArrayList<>();

  @Option(names = "--split", description = "ANS split to score (default dev)")
  String split = "dev";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    Path pairs = dir.resolve("stance").resolve(split + ".csv");
    if (Files.exists(pairs)) {
      ans(pairs);
    } else {
      System.err.println("isnad: " + pairs + ": no such file (ANS stance pairs); skipped");
    }
    for (Path f : judged) judgedFile(f);
    return 0;
  }

  private void ans(Path file) throws IOException {
    ArticleAnalyzer analyzer = ArticleAnalyzer.load();
    int tp = 0, fp = 0, fn = 0, tn = 0, n = 0;
    Map<String, Integer> slotsFound = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.readLine(); // header s1,s2,stance
      String line;
      while ((line = r.readLine()) != null) {
        List<String> f = csv(line);
        if (f.size() < 3) continue;
        boolean disagree = f.get(2).trim().equals("disagree");
        List<ArticleDigest> docs = List.of(digest(analyzer, "ans-" + n + "-a", "outlet-a", f.get(0)),
            digest(analyzer, "ans-" + n + "-b", "outlet-b", f.get(1)));
        n++;
        List<Contradiction> found = new ContradictionFinder(docs).find(EventMerger.items(docs));
        for (Contradiction c : found) slotsFound.merge(c.slot().split(":")[0], 1, Integer::sum);
        boolean predicted = !found.isEmpty();
        if (predicted && disagree) tp++;
        else if (predicted) fp++;
        else if (disagree) fn++;
        else tn++;
      }
    }
    System.out.printf(Locale.ROOT, "ANS %s: %d pairs (%d disagree); contradiction found in %d: tp %d fp %d fn %d tn %d%n",
        file, n, tp + fn, tp + fp, tp, fp, fn, tn);
    System.out.printf(Locale.ROOT, "  precision %s  recall %s  F1 %s   slots found %s%n", ratio(tp, tp + fp),
        ratio(tp, tp + fn), f1(tp, fp, fn), slotsFound);
  }

  private static ArticleDigest digest(ArticleAnalyzer analyzer, String id, String outlet, String text) {
    String t = text.trim();
    if (!t.endsWith(".")) t = t + ".";
    Article a = new Article(id, "ans#" + id, outlet, null, "2018-01-01", null, null, t, List.of());
    return CorpusLinker.digest(analyzer.analyze(a));
  }

  private void judgedFile(Path f) throws IOException {
    Map<String, int[]> bySlot = new TreeMap<>();
    int bad = 0;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode j;
      try {
        j = JSON.readTree(line);
      } catch (IOException e) {
        bad++;
        continue;
      }
      String verdict = j.path("verdict").asText("");
      String slot = j.path("slot").asText("?").split(":")[0];
      int[] c = bySlot.computeIfAbsent(slot, k -> new int[3]);
      switch (verdict) {
        case "true" -> c[0]++;
        case "false" -> c[1]++;
        default -> c[2]++;
      }
    }
    if (bad > 0) System.err.println("isnad: " + f + ": " + bad + " lines are not JSON; skipped");
    System.out.println("judged " + f + ":");
    int t = 0, fl = 0;
    for (Map.Entry<String, int[]> e : bySlot.entrySet()) {
      int[] c = e.getValue();
      if (!e.getKey().equals("merge")) {
        t += c[0];
        fl += c[1];
      }
      System.out.printf(Locale.ROOT, "  %-10s precision %s (%d true, %d false, %d unsure)%n", e.getKey(),
          ratio(c[0], c[0] + c[1]), c[0], c[1], c[2]);
    }
    if (t + fl > 0) System.out.printf(Locale.ROOT, "  %-10s precision %s (%d true, %d false)%n", "all slots", ratio(t, t + fl), t, fl);
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) a / b);
  }

  private static String f1(int tp, int fp, int fn) {
    return tp == 0 ? "0.000" : String.format(Locale.ROOT, "%.3f", 2.0 * tp / (2 * tp + fp + fn));
  }

  /** One CSV line: commas separate, double quotes enclose a field ("" is a quote). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          sb.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }
}
