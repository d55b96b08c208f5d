package org.isnad.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * Tells crawl residue from article text, one line at a time: a logistic regression over features of the
 * line alone and of its place in the article, so that what residue looks like is learned from annotated
 * lines ({@code models/residue/}) instead of written as a growing list of patterns.
 *
 * <p>Features (each a name with weight; a line's score is the logistic of their sum):
 * <ul>
 *   <li>{@code w:<word>}: each word in matching form (the first and last 20 words of a long line);</li>
 *   <li>{@code cue:<group>} and {@code cue0:<group>}: a phrase of {@code lexicon/residue-cues.tsv} in the line, and in
 *       its first 25 characters, as whole words (copyright, subscribe, follow, channel, share, readalso, comment, legal, account,
 *       label, browser, app; "news" for the reporting verbs that speak for the article);</li>
 *   <li>{@code len:<bucket>}: characters, in buckets 0-20-40-80-160-320-; {@code end:punct} when it ends as a sentence;</li>
 *   <li>{@code latin}, {@code digits}: Latin letters over two fifths of the letters, digits over a quarter of the
 *       characters; {@code bars}: two or more "|"; {@code url}, {@code at}: an address or an "@";
 *       {@code ellipsis}: ". . ." or "…" (teaser lists); {@code entity}: "&amp;"-style residue;</li>
 *   <li>{@code pos:first}, {@code pos:last}, {@code pos:tail}: the first, the last, or one of the last three lines.</li>
 * </ul>
 * Immutable and thread-safe; without the model resource no line is residue.
 */
public final class ResidueLines {
  /** Longest line whose every word is a feature; longer lines contribute their first and last {@link #EDGE_WORDS}. */
  private static final int EDGE_WORDS = 20;
  private static final String MODEL = "/models/residue/residue-model.tsv";

  private record Cue(String phrase, String group) {}

  private static final List<Cue> CUES = loadCues();

  private final Map<String, Double> weights;
  private final double threshold;

  ResidueLines(Map<String, Double> weights, double threshold) {
    this.weights = weights;
    this.threshold = threshold;
  }

  /** The shipped model; one that finds no residue when the resource is absent. */
  public static ResidueLines load() {
    InputStream in = ResidueLines.class.getResourceAsStream(MODEL);
    if (in == null) return new ResidueLines(Map.of(), 2);
    Map<String, Double> w = new HashMap<>();
    double t = 0.5;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int tab = line.lastIndexOf('\t');
        String name = line.substring(0, tab);
        double v = Double.parseDouble(line.substring(tab + 1));
        if (name.equals("@threshold")) t = v;
        else w.put(name, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ResidueLines(w, t);
  }

  public double threshold() {
    return threshold;
  }

  /**
   * True when line {@code index} of {@code count} is residue: it carries some sign of residue (a cue phrase other
   * than a reporting verb; or, when it does not end as a sentence, an address, an "@", bars, entity residue) and
   * scores at least the threshold. A line with
   * no such sign is the article's (its subheadings above all: short, unpunctuated, like the headline lists the model
   * learned from), whatever its score.
   */
  public boolean isResidue(String line, int index, int count) {
    if (weights.isEmpty() || !mayHaveSign(line)) return false;
    List<String> f = features(line, index, count);
    return hasSign(f) && score(weights, f) >= threshold;
  }

  /** A cheap first look, without features: most article lines have no cue and are done here. */
  private static boolean mayHaveSign(String line) {
    if (line.indexOf('@') >= 0 || line.indexOf('|') >= 0 || line.indexOf('&') >= 0 || line.indexOf('©') >= 0) return true;
    String n = ArabicNormalizer.normalize(line);
    if (n.contains("http") || n.contains("www") || n.contains(".com")) return true;
    for (Cue c : CUES) if (!c.group().equals("news") && wordAt(n, c.phrase()) >= 0) return true;
    return false;
  }

  private static boolean hasSign(List<String> features) {
    boolean sentence = features.contains("end:punct");
    for (String x : features) {
      if (x.startsWith("cue:") && !x.equals("cue:news")) return true;
      // an address or an "@" inside a sentence is the article citing it ("على الرابط www.gdp.gov.sa .")
      if (!sentence && (x.equals("url") || x.equals("at") || x.equals("bars") || x.equals("entity"))) return true;
    }
    return false;
  }

  /** The probability that line {@code index} of {@code count} ({@code index} -1: position unknown) is residue. */
  public double score(String line, int index, int count) {
    return score(weights, features(line, index, count));
  }

  static double score(Map<String, Double> w, List<String> features) {
    double z = w.getOrDefault("@bias", 0.0);
    for (String f : features) z += w.getOrDefault(f, 0.0);
    return 1 / (1 + Math.exp(-z));
  }

  static List<String> features(String line, int index, int count) {
    List<String> f = new ArrayList<>(64);
    String n = ArabicNormalizer.normalize(line);
    // words
    List<int[]> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= n.length(); i++) {
      boolean w = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
      if (w && start < 0) start = i;
      if (!w && start >= 0) {
        if (i - start >= 2) words.add(new int[] {start, i});
        start = -1;
      }
    }
    for (int k = 0; k < words.size(); k++) {
      if (k >= EDGE_WORDS && k < words.size() - EDGE_WORDS) continue;
      int[] w = words.get(k);
      f.add("w:" + n.substring(w[0], w[1]));
    }
    // cue groups
    for (Cue c : CUES) {
      int at = wordAt(n, c.phrase());
      if (at < 0) continue;
      f.add("cue:" + c.group());
      if (at < 25) f.add("cue0:" + c.group());
    }
    // shape
    int len = line.length();
    f.add(len < 20 ? "len:20" : len < 40 ? "len:40" : len < 80 ? "len:80" : len < 160 ? "len:160" : len < 320 ? "len:320" : "len:max");
    int e = len - 1;
    while (e > 0 && "\"'»”’) ".indexOf(line.charAt(e)) >= 0) e--;
    if (e >= 0 && ".!?؟…".indexOf(line.charAt(e)) >= 0) f.add("end:punct");
    int letters = 0;
    int latin = 0;
    int digits = 0;
    int bars = 0;
    for (int i = 0; i < len; i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x250) latin++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (c == '|') {
        bars++;
      }
    }
    if (letters > 0 && latin * 5 > letters * 2) f.add("latin");
    if (digits * 4 > len) f.add("digits");
    if (bars >= 2) f.add("bars");
    if (n.contains("http") || n.contains("www") || n.contains(".com")) f.add("url");
    if (line.indexOf('@') >= 0) f.add("at");
    if (line.contains(". . .") || line.indexOf('…') >= 0) f.add("ellipsis");
    if (n.contains("&") && (n.contains("amp") || n.contains("quot") || n.contains("nbsp"))) f.add("entity");
    // place in the article
    if (index >= 0) {
      if (index == 0) f.add("pos:first");
      if (index == count - 1) f.add("pos:last");
      if (index >= count - 3) f.add("pos:tail");
    }
    return f;
  }

  /** Where {@code phrase} first occurs as whole words in {@code n} ("حمل" is not in "حملة"; a proclitic و ف ب ل may precede), or -1. */
  private static int wordAt(String n, String phrase) {
    for (int at = n.indexOf(phrase); at >= 0; at = n.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean before = at == 0 || !Character.isLetter(n.charAt(at - 1)) || !Character.isLetter(phrase.charAt(0))
          || ("وفبل".indexOf(n.charAt(at - 1)) >= 0 && (at == 1 || !Character.isLetter(n.charAt(at - 2)))); // "وتابعونا"
      boolean after = end == n.length() || !Character.isLetter(n.charAt(end))
          || !Character.isLetter(phrase.charAt(phrase.length() - 1));
      if (before && after) return at;
    }
    return -1;
  }

  private static List<Cue> loadCues() {
    List<Cue> out = new ArrayList<>();
    for (String[] r : LexiconFile.rows("/lexicon/residue-cues.tsv", 2)) {
      out.add(new Cue(ArabicNormalizer.normalize(r[0]), r[1]));
    }
    return out;
  }
}
