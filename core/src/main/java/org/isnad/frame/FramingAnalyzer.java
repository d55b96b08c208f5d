package org.isnad.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.model.Framing;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Tokens;

/**
 * How outlets name actors, and where that puts them between the Syrian government's vocabulary and the
 * opposition's (SPEC: framing.json).
 *
 * <p><b>Labels.</b> Per article, {@link #labels} counts the descriptive (DESC) and organisation (ORG)
 * mentions per entity, and, where no mention covers them, the loaded terms of the seed lexicon found
 * straight in the tokens, so framing works whether or not a mention finder ran. Seed terms are read
 * from the text only in articles that name Syria or one of its battlegrounds (the lexicon's "scope"
 * rows): elsewhere "المسلحين" is just "the gunmen". A label that is a
 * lexicon phrase is written as the lexicon writes it, so spelling variants count together.
 *
 * <p><b>Axis</b> ({@link #frame}), a weighted log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi and Quinn 2008, "Fightin' Words"), oriented by the seeds:
 * <ol>
 *   <li>each article whose seed labels lean one way (more gov-aligned than opposition-aligned uses, or
 *       the reverse) joins that pole; the two poles are two pseudo-corpora of label counts;</li>
 *   <li>for every label w: δ_w = log((y_w^g+α_w)/(n^g+α_0−y_w^g−α_w)) − log((y_w^o+α_w)/(n^o+α_0−y_w^o−α_w)),
 *       with the prior α_w = α_0·π_w from w's share π_w of all label uses (α_0 = {@value #PRIOR}); its
 *       z-score z_w = δ_w/√(1/(y_w^g+α_w) + 1/(y_w^o+α_w)) is the label's lean (positive: the
 *       government's side);</li>
 *   <li>an outlet's (or article's) {@code axis} is the mean lean of the labels it uses, weighted by use;
 *       its {@code drivers} are the labels with the largest share of that mean (signed).</li>
 * </ol>
 * A label used by neither pole has lean 0: with no counts the log-odds difference would only reflect the
 * poles' sizes.
 * With no article in one of the poles (a tiny corpus), the lean of a label is its seed's sign (+1/−1),
 * and 0 for other labels.
 */
public final class FramingAnalyzer {
  static final double PRIOR = 10.0;
  private static final int DRIVERS = 5;

  /** A lexicon phrase: how it is written, the entity it names, and its lean (+1 gov, −1 opposition, 0 neutral). */
  record Seed(String phrase, String entity, int lean) {}

  private final PhraseLexicon<Seed> lexicon = new PhraseLexicon<>();
  private final PhraseLexicon<Boolean> scope = new PhraseLexicon<>();
  private final Map<String, Seed> byKey = new HashMap<>();

  public FramingAnalyzer(List<String[]> rows) {
    for (String[] r : rows) add(r[0], r[1], r[2]);
  }

  /** The seeds in {@code /lexicon/framing-seeds.tsv}, and the descriptor lexicon's connotated rows when present. */
  public static FramingAnalyzer load() {
    List<String[]> rows = new ArrayList<>(LexiconFile.rows("/lexicon/framing-seeds.tsv", 3));
    if (FramingAnalyzer.class.getResource("/lexicon/descriptors.tsv") != null) {
      for (String[] r : LexiconFile.rows("/lexicon/descriptors.tsv", 3)) {
        String phrase = null;
        String entity = null;
        String lean = null;
        for (String c : r) {
          if (c.equals("gov-aligned") || c.equals("opposition-aligned") || c.equals("neutral")) lean = c;
          else if (entity == null && c.matches("[a-z_]+(\\.[a-z_0-9]+)+")) entity = c;
          else if (phrase == null && !c.isEmpty() && ArabicNormalizer.isArabicLetter(c.charAt(0))) phrase = c;
        }
        if (phrase != null && lean != null) rows.add(new String[] {phrase, entity == null ? "" : entity, lean});
      }
    }
    return new FramingAnalyzer(rows);
  }

  private void add(String phrase, String entity, String connotation) {
    if (connotation.equals("scope")) {
      scope.add(phrase, Boolean.TRUE);
      return;
    }
    int lean = switch (connotation) {
      case "gov-aligned" -> 1;
      case "opposition-aligned" -> -1;
      default -> 0;
    };
    Seed s = new Seed(phrase, entity.isEmpty() ? null : entity, lean);
    lexicon.add(phrase, s);
    byKey.put(key(phrase), s);
  }

  private static String key(String phrase) {
    org.isnad.text.Tokens t = org.isnad.text.Tokenizer.tokenize(phrase);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) sb.append(' ');
      sb.append(t.key(i));
    }
    return sb.toString();
  }

  /** Lean of a label as the lexicon gives it: +1, −1, 0, or {@code null} when the label is not a lexicon phrase. */
  public Integer seedLean(String label) {
    Seed s = byKey.get(key(label));
    return s == null ? null : s.lean();
  }

  /** Labels used in one article: {@code {entity: {label: count}}} (entity {@code "?"} when unresolved). */
  public Map<String, Map<String, Integer>> labels(Tokens t, List<Mention> mentions) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    String text = t.text();
    List<int[]> covered = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() != MentionType.DESC && m.type() != MentionType.ORG) continue;
      Seed s = byKey.get(key(m.text()));
      if (m.type() == MentionType.ORG && s == null) continue; // a bare organisation name is not a label choice
      String entity = m.entity() != null ? m.entity() : s != null && s.entity() != null ? s.entity() : "?";
      String label = s != null ? s.phrase() : stripMarks(m.text());
      out.computeIfAbsent(entity, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
      covered.add(new int[] {m.start(), m.end()});
    }
    boolean inScope = false;
    for (int i = 0; i < t.size() && !inScope; i++) inScope = t.isWord(i) && scope.match(t, i) != null;
    for (int i = 0; inScope && i < t.size(); ) {
      PhraseLexicon.Match<Seed> m = t.isWord(i) ? lexicon.match(t, i) : null;
      if (m == null) {
        i++;
        continue;
      }
      boolean inside = false;
      for (int[] c : covered) if (m.start() < c[1] && c[0] < m.end()) inside = true;
      if (!inside) {
        String entity = m.value().entity() == null ? "?" : m.value().entity();
        out.computeIfAbsent(entity, k -> new TreeMap<>()).merge(m.value().phrase(), 1, Integer::sum);
      }
      i = m.endToken();
    }
    if (text.isEmpty()) return Map.of();
    return out;
  }

  private static String stripMarks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) if (!ArabicNormalizer.isWordMark(s.charAt(i))) sb.append(s.charAt(i));
    return sb.toString();
  }

  /**
   * The framing of a corpus from each article's labels (in a stable order) and the outlet of each article
   * ({@code null} when unknown: such articles still get their own position).
   */
  public Framing frame(List<String> articleIds, List<String> outletOfArticle, List<Map<String, Map<String, Integer>>> labels) {
    // Pole corpora from the seeds' lean of each article.
    Map<String, Double> total = new HashMap<>();
    Map<String, Double> gov = new HashMap<>();
    Map<String, Double> opp = new HashMap<>();
    double nAll = 0;
    double nGov = 0;
    double nOpp = 0;
    for (Map<String, Map<String, Integer>> art : labels) {
      int lean = 0;
      for (Map<String, Integer> byLabel : art.values()) {
        for (Map.Entry<String, Integer> e : byLabel.entrySet()) {
          Integer s = seedLean(e.getKey());
          if (s != null) lean += s * e.getValue();
        }
      }
      for (Map<String, Integer> byLabel : art.values()) {
        for (Map.Entry<String, Integer> e : byLabel.entrySet()) {
          double c = e.getValue();
          total.merge(e.getKey(), c, Double::sum);
          nAll += c;
          if (lean > 0) {
            gov.merge(e.getKey(), c, Double::sum);
            nGov += c;
          } else if (lean < 0) {
            opp.merge(e.getKey(), c, Double::sum);
            nOpp += c;
          }
        }
      }
    }
    Map<String, Double> leanOf = new HashMap<>();
    boolean poles = nGov > 0 && nOpp > 0;
    for (Map.Entry<String, Double> e : total.entrySet()) {
      String w = e.getKey();
      double z;
      if (poles) {
        double a = PRIOR * e.getValue() / nAll;
        double yg = gov.getOrDefault(w, 0.0);
        double yo = opp.getOrDefault(w, 0.0);
        if (yg + yo == 0) {
          z = 0; // used by neither pole: no evidence of a lean (the formula would only reflect the poles' sizes)
        } else {
          double delta = Math.log((yg + a) / (nGov + PRIOR - yg - a)) - Math.log((yo + a) / (nOpp + PRIOR - yo - a));
          z = delta / Math.sqrt(1 / (yg + a) + 1 / (yo + a));
        }
      } else {
        Integer s = seedLean(w);
        z = s == null ? 0 : s;
      }
      leanOf.put(w, z);
    }
    Map<String, Framing.Position> articles = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Integer>>> byOutlet = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      Map<String, Map<String, Integer>> art = labels.get(i);
      if (art.isEmpty()) continue;
      articles.put(articleIds.get(i), position(art, leanOf));
      String outlet = outletOfArticle.get(i);
      if (outlet == null) continue;
      Map<String, Map<String, Integer>> acc = byOutlet.computeIfAbsent(outlet, k -> new TreeMap<>());
      for (Map.Entry<String, Map<String, Integer>> e : art.entrySet()) {
        Map<String, Integer> m = acc.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
        e.getValue().forEach((l, c) -> m.merge(l, c, Integer::sum));
      }
    }
    Map<String, Framing.Position> outlets = new LinkedHashMap<>();
    byOutlet.forEach((o, l) -> outlets.put(o, position(l, leanOf)));
    return new Framing(articles, outlets, METHOD);
  }

  private static Framing.Position position(Map<String, Map<String, Integer>> labels, Map<String, Double> leanOf) {
    Map<String, Double> contribution = new HashMap<>();
    double uses = 0;
    for (Map<String, Integer> byLabel : labels.values()) {
      for (Map.Entry<String, Integer> e : byLabel.entrySet()) {
        contribution.merge(e.getKey(), e.getValue() * leanOf.getOrDefault(e.getKey(), 0.0), Double::sum);
        uses += e.getValue();
      }
    }
    double axis = 0;
    for (double c : contribution.values()) axis += c;
    axis = uses == 0 ? 0 : axis / uses;
    final double u = uses;
    Map<String, Double> drivers = new LinkedHashMap<>();
    contribution.entrySet().stream()
        .filter(e -> e.getValue() != 0)
        .sorted((x, y) -> {
          int c = Double.compare(Math.abs(y.getValue()), Math.abs(x.getValue()));
          return c != 0 ? c : x.getKey().compareTo(y.getKey());
        })
        .limit(DRIVERS)
        .forEach(e -> drivers.put(e.getKey(), round(e.getValue() / u)));
    return new Framing.Position(round(axis), labels, drivers);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  public static final String METHOD = "Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008). "
      + "Labels are the words each article uses for actors (DESC/ORG mentions and the loaded terms of "
      + "lexicon/framing-seeds.tsv). Articles whose seed terms lean to the Syrian government's vocabulary "
      + "(e.g. الإرهابيين، الجيش العربي السوري) or to the opposition's (e.g. الثوار، قوات النظام، نظام الأسد) form two "
      + "pole corpora; each label's lean is the z-score of its log-odds ratio between the poles with prior "
      + "alpha_w = 10 * (share of all label uses). axis = use-weighted mean lean of the labels an outlet or "
      + "article uses (higher = closer to the government's vocabulary); drivers = labels with the largest "
      + "signed share of that mean.";
}
