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
import java.util.regex.Pattern;
import org.isnad.text.ArabicNormalizer;

/**
 * Tells crawl residue from article text, one line at a time: a logistic regression over features of the
 * line, of its neighbours and of its place in the document, so that what residue looks like is learned from
 * annotated lines ({@code models/residue/}) instead of written as a growing list of patterns.
 *
 * <p>Features (each a name with weight; a line's score is the logistic of their sum):
 * <ul>
 *   <li>{@code w:<word>}: each word in matching form (the first and last 20 words of a long line);</li>
 *   <li>{@code cue:<group>} and {@code cue0:<group>}: a phrase of {@code lexicon/residue-cues.tsv} in the line, and in
 *       its first 25 characters, as whole words (copyright, subscribe, follow, channel, share, readalso, comment, legal,
 *       account, label, browser, app, video, nav, gallery, about; "news" for the reporting verbs that speak for the
 *       article);</li>
 *   <li>{@code len:<bucket>}: characters, in buckets 0-20-40-80-160-320-; {@code end:punct} when it ends as a sentence;</li>
 *   <li>{@code latin}, {@code digits}: Latin letters over two fifths of the letters, digits over a quarter of the
 *       characters; {@code bars}: two or more "|"; {@code url}, {@code at}: an address or an "@";
 *       {@code ellipsis}: ". . ." or "…" (teaser lists); {@code entity}: "&amp;"-style residue; {@code date}, {@code clock}:
 *       a numeric or month-name date with its year, a time of day, an age ("قبل 3 ساعات"), and {@code teaser}: a cut
 *       ". . ." with a date (dated entries of headline lists);</li>
 *   <li>{@code pos:first}, {@code pos:last}, {@code pos:tail}: the first, the last, or one of the last three lines;
 *       {@code zone:head}, {@code zone:foot}: before the document's first prose line or after its last (a prose line: 80
 *       characters or more, ending as a sentence, no residue cue), where page furniture sits;</li>
 *   <li>{@code prev:<f>}, {@code next:<f>}: the cue groups, {@code end:punct} and length bucket of the neighbouring
 *       lines (a run of short unpunctuated lines is a list; the line after "الأكثر قراءة" is a headline), and
 *       {@code prev:recur}, {@code next:recur} when the neighbour is on other pages of the host too;</li>
 *   <li>{@code list:run}: the line and a neighbour both bear the marks of a listed headline (a cut ". . .", an age, a
 *       teaser date): a list of other articles' teasers, read line by line as prose;</li>
 *   <li>{@code template}: the line recurs on many pages of the same host in the run ({@link SiteTemplate}), when a
 *       first pass over the run has been made; {@code recur}: it is on one other page of the host, in a page most of
 *       whose lines are not (the same teaser box or footer on two pages); {@code syndicated}: a line on other pages
 *       in a page that is mostly on them (the same article twice, not a template).</li>
 * </ul>
 * A line is dropped only when it carries a sign of residue itself ({@link #signed}: a cue phrase other than a reporting
 * verb, an age stamp, a teaser, the host's template or a line on another page of it; or, when it does not end as a
 * sentence, an address, an "@", bars, entity residue): the article's subheadings are short and unpunctuated like the
 * headline lists the model learned from. A line is scored by adding up its features' weights as they are found, in one
 * pass over its words (looked up in place, {@link SliceTable}) and over the cached cues and shape of it and its
 * neighbours, without building a name or an object per word or feature; {@link #features} names the same features for
 * training. Immutable and thread-safe; without the model resource no line is residue.
 */
public final class ResidueLines {
  /** Longest line whose every word is a feature; longer lines contribute their first and last {@link #EDGE_WORDS}. */
  private static final int EDGE_WORDS = 20;
  private static final int PROSE = 80;
  /** Words of a line's opening that {@code open:shared} compares with its neighbours'. */
  private static final int OPEN_WORDS = 4;
  private static final String MODEL = "/models/residue/residue-model.tsv";
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{1,4} ?[/.-] ?\\d{1,2} ?[/.-] ?\\d{2,4}\\b|[\\p{IsArabic}]{3,} ?,? \\d{1,2} ?,? (?:19|20)\\d\\d\\b"
          + "|\\b\\d{1,2} [\\p{IsArabic}]{3,}(?: ?/ ?[\\p{IsArabic}]{3,})? (?:19|20)\\d\\d\\b");
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2} ?: ?\\d\\d\\b");
  /** "قبل 3 ساعات", "منذ ساعتين": the age stamp of a listed headline. */
  private static final Pattern AGO = Pattern.compile("(?:قبل|منذ) (?:\\d+ )?(?:ساعة|ساعتين|ساعات|دقيقة|دقيقتين|دقائق)\\b");

  private static final long NEWS = ResidueCues.bit("news");

  // the shape of a line, as bits computed once per line (Document#shape) and named without building strings
  private static final int PUNCT = 1;
  private static final int LATIN = 1 << 1;
  private static final int DIGITS = 1 << 2;
  private static final int BARS = 1 << 3;
  private static final int URL = 1 << 4;
  private static final int AT = 1 << 5;
  private static final int ELLIPSIS = 1 << 6;
  private static final int ENTITY = 1 << 7;
  private static final int DATEB = 1 << 8;
  private static final int CLOCKB = 1 << 9;
  private static final int AGOB = 1 << 10;
  private static final int TEASER = 1 << 11;
  private static final String[] SHAPE = {"end:punct", "latin", "digits", "bars", "url", "at", "ellipsis", "entity", "date",
      "clock", "ago", "teaser"};
  private static final String[] PREV_SHAPE = new String[SHAPE.length];
  private static final String[] NEXT_SHAPE = new String[SHAPE.length];
  private static final String[] LEN = {"len:20", "len:40", "len:80", "len:160", "len:320", "len:max"};
  private static final String[] PREV_LEN = new String[LEN.length];
  private static final String[] NEXT_LEN = new String[LEN.length];
  private static final String[] CUE = new String[ResidueCues.GROUPS.size()];
  private static final String[] CUE0 = new String[ResidueCues.GROUPS.size()];

  static {
    for (int b = 0; b < SHAPE.length; b++) {
      PREV_SHAPE[b] = "prev:" + SHAPE[b];
      NEXT_SHAPE[b] = "next:" + SHAPE[b];
    }
    for (int b = 0; b < LEN.length; b++) {
      PREV_LEN[b] = "prev:" + LEN[b];
      NEXT_LEN[b] = "next:" + LEN[b];
    }
    for (int g = 0; g < CUE.length; g++) {
      CUE[g] = "cue:" + ResidueCues.GROUPS.get(g);
      CUE0[g] = "cue0:" + ResidueCues.GROUPS.get(g);
    }
  }

  private final Map<String, Double> weights;
  private final double threshold;

  // the weights by feature, laid out for scoring a line without building its features' names (see #score)
  private final double bias;
  private final SliceTable<Double> words;
  private final double[] cue;
  private final double[] cue0;
  private final double[] prevCue;
  private final double[] nextCue;
  private final double[] len;
  private final double[] prevLen;
  private final double[] nextLen;
  private final double[] shape;
  private final double[] prevShape;
  private final double[] nextShape;
  private final double template;
  private final double recur;
  private final double syndicated;
  private final double prevRecur;
  private final double nextRecur;
  private final double posFirst;
  private final double posLast;
  private final double posTail;
  private final double listRun;
  private final double openShared;
  private final double zoneHead;
  private final double zoneFoot;
  private final double prevNone;
  private final double nextNone;

  ResidueLines(Map<String, Double> weights, double threshold) {
    this.weights = weights;
    this.threshold = threshold;
    bias = w("@bias");
    words = new SliceTable<>(weights.size());
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getKey().startsWith("w:")) words.put(e.getKey().substring(2), e.getValue());
    }
    cue = w(CUE, "");
    cue0 = w(CUE0, "");
    prevCue = w(CUE, "prev:");
    nextCue = w(CUE, "next:");
    len = w(LEN, "");
    prevLen = w(LEN, "prev:");
    nextLen = w(LEN, "next:");
    shape = w(SHAPE, "");
    prevShape = w(SHAPE, "prev:");
    nextShape = w(SHAPE, "next:");
    template = w("template");
    recur = w("recur");
    syndicated = w("syndicated");
    prevRecur = w("prev:recur");
    nextRecur = w("next:recur");
    posFirst = w("pos:first");
    posLast = w("pos:last");
    posTail = w("pos:tail");
    listRun = w("list:run");
    openShared = w("open:shared");
    zoneHead = w("zone:head");
    zoneFoot = w("zone:foot");
    prevNone = w("prev:none");
    nextNone = w("next:none");
  }

  private double w(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  private double[] w(String[] features, String prefix) {
    double[] out = new double[features.length];
    for (int k = 0; k < out.length; k++) out[k] = w(prefix + features[k]);
    return out;
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

  Map<String, Double> weights() {
    return weights;
  }

  /** Which of a document's {@code lines} (in order, non-blank) are residue. */
  public boolean[] residue(List<String> lines) {
    Document d = Document.of(lines);
    boolean[] out = new boolean[lines.size()];
    for (int i = 0; i < out.length; i++) out[i] = isResidue(d, i);
    return out;
  }

  /** Which of a page's {@code lines} are residue, the run's {@code template} of its {@code host} known. */
  public boolean[] residue(List<String> lines, SiteTemplate template, String host) {
    Document d = Document.of(lines, template, host);
    boolean[] out = new boolean[lines.size()];
    for (int i = 0; i < out.length; i++) out[i] = isResidue(d, i);
    return out;
  }

  /** A single line with no document around it (no place or neighbour features). */
  public boolean isResidue(String line) {
    return isResidue(Document.alone(line), 0);
  }

  boolean isResidue(Document d, int i) {
    return !weights.isEmpty() && signed(d, i) && score(d, i) >= threshold;
  }

  /**
   * Whether line {@code i} of {@code d} carries a sign of residue itself, the gate of {@link #threshold}: a cue phrase
   * other than a reporting verb, an age stamp, a teaser, the host's template or a line on another page of it; or, when
   * it does not end as a sentence, an address, an "@", bars, entity residue (inside a sentence they are the article
   * citing them: "على الرابط www.gdp.gov.sa .").
   */
  static boolean signed(Document d, int i) {
    // "وقالت الهيئة عبر تغريدة ...": a line that opens by reporting speech is the article's, whatever words it quotes
    if ((d.hits(i).early() & NEWS) != 0 && (d.shape(i) & PUNCT) != 0) return d.template(i) || d.recurs(i);
    if ((d.hits(i).groups() & ~NEWS) != 0) return true;
    int sh = d.shape(i);
    if ((sh & (TEASER | AGOB)) != 0 || d.template(i) || d.recurs(i) || d.placed && d.openShared(i)) return true;
    return (sh & PUNCT) == 0 && (sh & (URL | AT | BARS | ENTITY)) != 0;
  }

  /**
   * The probability that line {@code i} of document {@code d} is residue: the logistic of the summed weights of
   * {@link #features}, added up as they are found, in one pass over the line's words and the cached cues and shape of
   * it and its neighbours, without building the features' names or any object per word.
   */
  public double score(Document d, int i) {
    double z = bias;
    String n = d.normal(i);
    int count = wordCount(n);
    int k = 0;
    for (long w = nextWord(n, 0); w >= 0; w = nextWord(n, (int) w), k++) {
      if (k >= EDGE_WORDS && k < count - EDGE_WORDS) continue;
      Double v = words.get(n, (int) (w >>> 32), (int) w);
      if (v != null) z += v;
    }
    ResidueCues.Hits h = d.hits(i);
    for (int g = 0; g < cue.length; g++) {
      if ((h.groups() & 1L << g) == 0) continue;
      z += cue[g];
      if ((h.early() & 1L << g) != 0) z += cue0[g];
    }
    z += len[lengthBucket(d.lines.get(i).length())];
    int sh = d.shape(i);
    for (int b = 0; b < shape.length; b++) if ((sh & 1 << b) != 0) z += shape[b];
    if (d.placed) {
      if (d.template(i)) z += template;
      if (d.recurs(i)) z += recur;
      if (d.syndicated() && d.pages[i] >= SiteTemplate.MIN_RECUR) z += syndicated;
      int lines = d.lines.size();
      if (i == 0) z += posFirst;
      if (i == lines - 1) z += posLast;
      if (i >= lines - 3) z += posTail;
      if (listRun(d, i)) z += listRun;
      if (d.openShared(i)) z += openShared;
      if (d.firstProse() >= 0 && i < d.firstProse()) z += zoneHead;
      if (d.lastProse() >= 0 && i > d.lastProse()) z += zoneFoot;
      z += i > 0 ? neighbour(d, i - 1, prevCue, prevLen, prevShape, prevRecur) : prevNone;
      z += i < lines - 1 ? neighbour(d, i + 1, nextCue, nextLen, nextShape, nextRecur) : nextNone;
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static double neighbour(Document d, int j, double[] cues, double[] lens, double[] shapes, double recurs) {
    double z = 0;
    long groups = d.hits(j).groups();
    for (int g = 0; g < cues.length; g++) if ((groups & 1L << g) != 0) z += cues[g];
    z += lens[lengthBucket(d.lines.get(j).length())];
    if (d.template(j) || d.recurs(j)) z += recurs;
    int sh = d.shape(j);
    if ((sh & PUNCT) != 0) z += shapes[0];
    return z;
  }

  /** Line {@code i} and a neighbour both bear the marks of a listed headline: a cut ". . .", an age, a teaser. */
  private static boolean listRun(Document d, int i) {
    int marks = ELLIPSIS | AGOB | TEASER;
    if ((d.shape(i) & marks) == 0) return false;
    return i > 0 && (d.shape(i - 1) & marks) != 0 || i < d.lines.size() - 1 && (d.shape(i + 1) & marks) != 0;
  }

  /** The words of two letters or digits or more in {@code n}. */
  private static int wordCount(String n) {
    int count = 0;
    for (long w = nextWord(n, 0); w >= 0; w = nextWord(n, (int) w)) count++;
    return count;
  }

  /**
   * The first word of two letters or digits or more in {@code n} at or after {@code from}, as its start in the
   * high and its end in the low 32 bits (so {@code (int) w} is where the next search starts), or -1: the one
   * word scanner of scoring and of {@link #features}, without allocating.
   */
  private static long nextWord(String n, int from) {
    int start = -1;
    for (int c = from; c <= n.length(); c++) {
      boolean letter = c < n.length() && Character.isLetterOrDigit(n.charAt(c));
      if (letter && start < 0) start = c;
      if (!letter && start >= 0) {
        if (c - start >= 2) return (long) start << 32 | c;
        start = -1;
      }
    }
    return -1;
  }

  /**
   * A document's lines with where its prose begins and ends; {@code placed} false for a line known without its
   * document (the project's own training lines).
   */
  public static final class Document {
    final List<String> lines;
    final boolean placed;
    /** On how many pages of the host in the run each line is ({@link SiteTemplate#pages}); null when no run was seen. */
    private final int[] pages;
    /** Half the document's lines or more recur on other pages: a syndicated article, not a template. */
    private final boolean syndicated;
    private int firstProse = -2; // -2: not yet looked for
    private int lastProse;
    private final String[] normal;
    private final ResidueCues.Hits[] hits;
    /** Each line's opening hash ({@link #opening}), -1 until computed; null until one is. */
    private long[] opening;
    /** Each line's shape bits, -1 until computed. */
    private final int[] shape;

    private Document(List<String> lines, boolean placed, int[] pages) {
      this.lines = lines;
      this.placed = placed;
      this.pages = pages;
      int recurring = 0;
      for (int k = 0; pages != null && k < pages.length; k++) if (pages[k] >= SiteTemplate.MIN_RECUR) recurring++;
      this.syndicated = pages != null && recurring * 2 >= pages.length && recurring >= 2;
      this.normal = new String[lines.size()];
      this.hits = new ResidueCues.Hits[lines.size()];
      this.shape = new int[lines.size()];
      java.util.Arrays.fill(shape, -1);
    }

    /**
     * The first and last prose lines, looked for from each end only when a line reaches the features (few do):
     * -1 both when there is none.
     */
    private void bounds() {
      if (firstProse != -2) return;
      int first = -1;
      for (int i = 0; placed && i < lines.size() && first < 0; i++) if (isProse(i)) first = i;
      int last = first;
      for (int i = lines.size() - 1; first >= 0 && i > first; i--) {
        if (isProse(i)) {
          last = i;
          break;
        }
      }
      firstProse = first;
      lastProse = last;
    }

    int firstProse() {
      bounds();
      return firstProse;
    }

    int lastProse() {
      bounds();
      return lastProse;
    }

    int shape(int i) {
      if (shape[i] < 0) shape[i] = shapeOf(lines.get(i), normal(i));
      return shape[i];
    }

    ResidueCues.Hits hits(int i) {
      if (hits[i] == null) hits[i] = ResidueCues.find(normal(i));
      return hits[i];
    }

    public static Document of(List<String> lines) {
      return new Document(lines, true, null);
    }

    /** A page of {@code host} whose lines are looked up in the run's {@code template}. */
    public static Document of(List<String> lines, SiteTemplate template, String host) {
      int[] p = new int[lines.size()];
      for (int i = 0; i < p.length; i++) p[i] = template.pages(host, lines.get(i));
      return new Document(lines, true, p);
    }

    static Document alone(String line) {
      return new Document(List.of(line), false, null);
    }

    boolean template(int i) {
      return pages != null && pages[i] >= SiteTemplate.MIN_PAGES;
    }

    /** On one other page of the host (not template), in a document that is not mostly on other pages. */
    boolean recurs(int i) {
      return pages != null && pages[i] >= SiteTemplate.MIN_RECUR && !template(i) && !syndicated;
    }

    boolean syndicated() {
      return syndicated;
    }

    String normal(int i) {
      if (normal[i] == null) normal[i] = ArabicNormalizer.normalize(lines.get(i));
      return normal[i];
    }

    /**
     * The line opens with the same {@value #OPEN_WORDS} words as a neighbour: captions of one gallery ("في صور : حلب بين
     * الأمس واليوم ..."), entries of one list, a teaser box's repeated title.
     */
    boolean openShared(int i) {
      long k = opening(i);
      return k != 0 && (i > 0 && opening(i - 1) == k || i < lines.size() - 1 && opening(i + 1) == k);
    }

    /** A hash of the line's first {@value #OPEN_WORDS} words in matching form; 0 when it has fewer. */
    private long opening(int i) {
      if (opening == null) {
        opening = new long[lines.size()];
        java.util.Arrays.fill(opening, -1);
      }
      if (opening[i] == -1) {
        String n = normal(i);
        long h = 1125899906842597L;
        int k = 0;
        for (long w = nextWord(n, 0); w >= 0 && k < OPEN_WORDS; w = nextWord(n, (int) w), k++) {
          for (int c = (int) (w >>> 32); c < (int) w; c++) h = 31 * h + n.charAt(c);
          h = 31 * h + ' ';
        }
        opening[i] = k < OPEN_WORDS || h == 0 || h == -1 ? 0 : h;
      }
      return opening[i];
    }

    private boolean isProse(int i) {
      String line = lines.get(i);
      if (line.length() < PROSE || !endsAsSentence(line)) return false;
      String n = normal(i);
      if (n.contains(". . .") || AGO.matcher(n).find()) return false; // a list of teasers
      return (hits(i).groups() & ~NEWS) == 0;
    }
  }

  /** The score from the features' names: what training sees; {@link #score(Document, int)} adds up the same weights. */
  static double score(Map<String, Double> w, List<String> features) {
    double z = w.getOrDefault("@bias", 0.0);
    for (String f : features) z += w.getOrDefault(f, 0.0);
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of {@code line} alone (as the own training lines have them). */
  static List<String> features(String line) {
    return features(Document.alone(line), 0);
  }

  static List<String> features(Document d, int i) {
    List<String> f = new ArrayList<>(80);
    String line = d.lines.get(i);
    String n = d.normal(i);
    // words
    int wordsIn = wordCount(n);
    int k = 0;
    for (long w = nextWord(n, 0); w >= 0; w = nextWord(n, (int) w), k++) {
      if (k >= EDGE_WORDS && k < wordsIn - EDGE_WORDS) continue;
      f.add("w:" + n.substring((int) (w >>> 32), (int) w));
    }
    cues(d.hits(i), "", f, true);
    f.add(LEN[lengthBucket(line.length())]);
    int sh = d.shape(i);
    for (int b = 0; b < SHAPE.length; b++) if ((sh & 1 << b) != 0) f.add(SHAPE[b]);
    if (!d.placed) return f;
    if (d.template(i)) f.add("template");
    if (d.recurs(i)) f.add("recur");
    if (d.syndicated() && d.pages[i] >= SiteTemplate.MIN_RECUR) f.add("syndicated");
    int count = d.lines.size();
    if (i == 0) f.add("pos:first");
    if (i == count - 1) f.add("pos:last");
    if (i >= count - 3) f.add("pos:tail");
    if (listRun(d, i)) f.add("list:run");
    if (d.openShared(i)) f.add("open:shared");
    if (d.firstProse() >= 0 && i < d.firstProse()) f.add("zone:head");
    if (d.lastProse() >= 0 && i > d.lastProse()) f.add("zone:foot");
    if (i > 0) neighbour(d, i - 1, "prev:", f);
    else f.add("prev:none");
    if (i < count - 1) neighbour(d, i + 1, "next:", f);
    else f.add("next:none");
    return f;
  }

  private static void neighbour(Document d, int j, String prefix, List<String> f) {
    boolean prev = prefix.equals("prev:");
    String line = d.lines.get(j);
    cues(d.hits(j), prefix, f, false);
    f.add((prev ? PREV_LEN : NEXT_LEN)[lengthBucket(line.length())]);
    if (d.template(j) || d.recurs(j)) f.add(prefix + "recur");
    if ((d.shape(j) & PUNCT) != 0) f.add(prev ? PREV_SHAPE[0] : NEXT_SHAPE[0]);
  }

  private static void cues(ResidueCues.Hits h, String prefix, List<String> f, boolean atStart) {
    for (int g = 0; g < CUE.length; g++) {
      if ((h.groups() & 1L << g) == 0) continue;
      f.add(prefix.isEmpty() ? CUE[g] : prefix + CUE[g]);
      if (atStart && (h.early() & 1L << g) != 0) f.add(CUE0[g]);
    }
  }

  /** A line's shape bits (its original and its matching form), in one pass over its characters. */
  static int shapeOf(String line, String n) {
    int len = line.length();
    int sh = endsAsSentence(line) ? PUNCT : 0;
    int letters = 0;
    int latin = 0;
    int digits = 0;
    int bars = 0;
    boolean dots = false;
    for (int i = 0; i < len; i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x250) latin++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (c == '|') {
        bars++;
      } else if (c == '@') {
        sh |= AT;
      } else if (c == '…' || c == '.' && i + 4 < len && line.charAt(i + 1) == ' ' && line.charAt(i + 2) == '.'
          && line.charAt(i + 3) == ' ' && line.charAt(i + 4) == '.') {
        dots = true;
      }
    }
    if (letters > 0 && latin * 5 > letters * 2) sh |= LATIN;
    if (digits * 4 > len) sh |= DIGITS;
    if (bars >= 2) sh |= BARS;
    if (n.contains("http") || n.contains("www") || n.contains(".com")) sh |= URL;
    if (dots) sh |= ELLIPSIS;
    if (n.indexOf('&') >= 0 && (n.contains("amp") || n.contains("quot") || n.contains("nbsp"))) sh |= ENTITY;
    if (digits >= 4 && DATE.matcher(n).find()) sh |= DATEB;
    if (digits >= 3 && CLOCK.matcher(n).find()) sh |= CLOCKB;
    if (AGO.matcher(n).find()) sh |= AGOB;
    // "[ . . . ] يناير 18 , 2018": a cut teaser and the date of the next listed headline
    if ((sh & ELLIPSIS) != 0 && (sh & DATEB) != 0) sh |= TEASER;
    return sh;
  }

  /** The index into {@link #LEN} of a line of {@code len} characters: buckets 0-20-40-80-160-320-. */
  private static int lengthBucket(int len) {
    return len < 20 ? 0 : len < 40 ? 1 : len < 80 ? 2 : len < 160 ? 3 : len < 320 ? 4 : 5;
  }

  private static boolean endsAsSentence(String line) {
    int e = line.length() - 1;
    while (e > 0 && "\"'»”’) ".indexOf(line.charAt(e)) >= 0) e--;
    return e >= 0 && ".!?؟…".indexOf(line.charAt(e)) >= 0;
  }

}
