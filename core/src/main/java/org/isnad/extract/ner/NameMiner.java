package org.isnad.extract.ner;

import java.io.IOException;
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
  private final List<ConllSentence> silver = new java.util.ArrayList<>();
  private int silverMax;
  private double silverConfidence;
  private int silverEvery = 1;
  private long sentenceCount;

  /**
   * Also keep up to {@code max} tagged news sentences (every {@code every}-th sentence that has a name,
   * all of its names found with at least {@code confidence}) as extra training data.
   */
  public NameMiner keepSilver(int max, double confidence, int every) {
    this.silverMax = max;
    this.silverConfidence = confidence;
    this.silverEvery = Math.max(1, every);
    return this;
  }

  /** The tagged news sentences kept by {@link #keepSilver}. */
  public List<ConllSentence> silver() {
    return silver;
  }

  public NameMiner(NameTagger tagger, Settings settings) {
    this.tagger = tagger;
    this.settings = settings;
  }

  /** Tags every article (title and text) of a JSON-lines news file. */
  public void addNews(Path file) throws IOException {
    Set<String> seen = new HashSet<>();
    StringBuilder sb = new StringBuilder();
    NewsFile.forEachArticle(file, texts -> {
      seen.clear();
      for (String text : texts) {
        Doc doc = Doc.of(text);
        Tokens t = doc.tokens();
        List<NameSpan> spans = tagger.tag(doc);
        if (silver.size() < silverMax) addSilver(doc, spans);
        for (NameSpan s : spans) {
          if (s.confidence() < settings.minConfidence()) continue;
          sb.setLength(0);
          ArabicNormalizer.normalize(t.text(), t.stemStart(s.firstToken()), t.end(s.endToken() - 1), sb);
          String name = sb.toString();
          int k = s.type() == org.isnad.model.MentionType.PER ? 0 : s.type() == org.isnad.model.MentionType.LOC ? 1 : 2;
          if (seen.add(k + name)) counts.computeIfAbsent(name, x -> new int[3])[k]++;
        }
      }
      articles++;
    });
  }

  private void addSilver(Doc doc, List<NameSpan> spans) {
    Tokens t = doc.tokens();
    int next = 0;
    for (org.isnad.text.Sentence sen : doc.sentences()) {
      int from = sen.firstToken(), to = sen.endToken();
      while (next < spans.size() && spans.get(next).firstToken() < from) next++;
      int k = next;
      boolean ok = true;
      int found = 0;
      while (k < spans.size() && spans.get(k).firstToken() < to) {
        NameSpan s = spans.get(k++);
        found++;
        if (s.confidence() < silverConfidence || s.endToken() > to) ok = false;
      }
      int n = to - from;
      if (!ok || found == 0 || n < 6 || n > 60) continue;
      if (sentenceCount++ % silverEvery != 0) continue;
      String[] words = new String[n];
      String[] tags = new String[n];
      java.util.Arrays.fill(tags, "O");
      for (int i = 0; i < n; i++) words[i] = t.text().substring(t.start(from + i), t.end(from + i));
      for (int j = next; j < k; j++) {
        NameSpan s = spans.get(j);
        for (int i = s.firstToken(); i < s.endToken(); i++) tags[i - from] = (i == s.firstToken() ? "B-" : "I-") + s.type().name();
      }
      silver.add(ConllSentence.of(words, tags));
      if (silver.size() >= silverMax) return;
    }
  }

  /** Writes the silver sentences as gzipped CoNLL (one "word TAG" per line, IOB2). */
  public void writeSilver(Path out) throws IOException {
    try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      String[] types = {"PER", "LOC", "ORG"};
      for (ConllSentence cs : silver) {
        String[] tags = new String[cs.words().length];
        java.util.Arrays.fill(tags, "O");
        for (ConllSentence.Chunk c : cs.gold()) {
          for (int k = c.start(); k < c.end(); k++) tags[k] = (k == c.start() ? "B-" : "I-") + types[c.type()];
        }
        for (int k = 0; k < tags.length; k++) w.print(cs.words()[k] + " " + tags[k] + "\n");
        w.print("\n");
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
