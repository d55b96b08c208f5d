package org.isnad.extract.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Doc;
import org.isnad.text.Tokens;

/**
 * Mines a list of names from unlabelled news with a trained tagger (self-training through a lexicon):
 * every article is tagged, and a name the tagger found with enough confidence in enough articles, almost
 * always with the same type, is kept with that type. The list becomes a feature of its own
 * ({@link NameLexicon}, kinds MPER, MLOC, MORG) beside the curated gazetteer, so the model learns how far
 * to trust it; it reaches names the labelled data never shows (most test names are unseen in training).
 * Names are written in matching form, from the first token's stem (proclitics dropped) to the last
 * token's end.
 */
public final class NameMiner {
  /** Span confidence, distinct articles and type share a mined name needs (chosen on held-out data). */
  public record Settings(double minConfidence, int minArticles, double minShare) {
    public static final Settings SHIPPED = new Settings(0.5, 3, 0.9);
  }

  private final NameTagger tagger;
  private final Settings settings;
  /** Per name, articles per type (PER, LOC, ORG). */
  private final Map<String, int[]> counts = new HashMap<>();
  private int articles;

  public NameMiner(NameTagger tagger, Settings settings) {
    this.tagger = tagger;
    this.settings = settings;
  }

  /** Tags every article (title and text) of a JSON-lines news file. */
  public void addNews(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> seen = new HashSet<>();
    StringBuilder sb = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file), 1 << 16) : Files.newInputStream(file),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        seen.clear();
        for (String field : new String[] {"title", "text"}) {
          JsonNode v = a.get(field);
          if (v == null || !v.isTextual()) continue;
          Doc doc = Doc.of(v.asText());
          Tokens t = doc.tokens();
          for (NameSpan s : tagger.tag(doc)) {
            if (s.confidence() < settings.minConfidence()) continue;
            sb.setLength(0);
            ArabicNormalizer.normalize(t.text(), t.stemStart(s.firstToken()), t.end(s.endToken() - 1), sb);
            String name = sb.toString();
            int k = s.type() == org.isnad.model.MentionType.PER ? 0 : s.type() == org.isnad.model.MentionType.LOC ? 1 : 2;
            if (seen.add(k + name)) counts.computeIfAbsent(name, x -> new int[3])[k]++;
          }
        }
        articles++;
      }
    }
  }

  /** The mined names, sorted: name and kind (MPER, MLOC, MORG). */
  public Map<String, String> names() {
    Map<String, String> out = new TreeMap<>();
    String[] kinds = {"MPER", "MLOC", "MORG"};
    counts.forEach((name, c) -> {
      int total = c[0] + c[1] + c[2];
      if (total < settings.minArticles()) return;
      int best = c[0] >= c[1] && c[0] >= c[2] ? 0 : c[1] >= c[2] ? 1 : 2;
      if (c[best] < settings.minShare() * total) return;
      if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.isBlank()) return;
      out.put(name, kinds[best]);
    });
    return out;
  }

  /** Writes {@link #names()} as a lexicon file. */
  public void write(Path out, List<String> sources) throws IOException {
    Map<String, String> names = names();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Names mined from unlabelled news by the name finder itself (NameMiner, isnad train ner --mine-from):");
      w.println("# name (matching form) <TAB> kind. Tagged by a model trained on ANERcorp train.conll without this list; kept");
      w.printf(java.util.Locale.ROOT, "# when found with confidence >= %.2f in >= %d articles with one type >= %.0f%% of the time. Sources: %s (%d articles).%n",
          settings.minConfidence(), settings.minArticles(), settings.minShare() * 100, String.join(", ", sources), articles);
      names.forEach((name, kind) -> w.println(name + "\t" + kind));
    }
  }
}
