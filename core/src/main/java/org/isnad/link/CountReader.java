package org.isnad.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Quantity;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * Reads a count as an outlet meant it, from the quantity's own offsets in the article text: the range its
 * hedges admit, the class of what it counts ({@code lexicon/counted-classes.tsv}) and the role of the
 * counted in its clause ({@code lexicon/count-roles.tsv}). Two counts can contradict each other only when
 * they count the same class in the same role and their ranges do not meet.
 *
 * <p>Ranges ({@code lexicon/count-hedges.tsv}): exact "40" is [40, 40]; "نحو/حوالي/قرابة 40" is [32, 48]
 * (±20%); "أكثر من/على الأقل/ما لا يقل عن 40" is [40, 60] (a reporter who knew of many more would say so);
 * "أقل من 40", "ما يصل إلى 40" is [20, 40]; "عشرات/مئات/آلاف" is [v, 10v). The hedges are read in the quantity's text, in the words before it in its clause and
 * in the words right after it ("40 مدنيا على الأقل") — never in a window of the claim's sentence found by
 * searching, which may be another occurrence of the same figure. A count that is a part or an increment
 * of a toll ("35 شخصا آخرين", "بينهم 9 جنود") gets no role, so it is never compared with a toll.
 */
public final class CountReader {
  /** A count: the figure, the range it admits, what it counts (class, or null) and its role (or null). */
  public record Count(double value, double lo, double hi, String counted, String role) {
    boolean meets(Count o) {
      return hi >= o.lo && o.hi >= lo;
    }
  }

  // each lexicon read once, then split by kind
  private static final List<String[]> HEDGE_ROWS = LexiconFile.rows("/lexicon/count-hedges.tsv", 3);
  private static final List<String[]> SCOPE_ROWS = LexiconFile.rows("/lexicon/count-scopes.tsv", 2);
  private static final String[] AT_LEAST = hedges("at_least", "before");
  private static final String[] AT_MOST = hedges("at_most", "before");
  private static final String[] ABOUT = hedges("about", "before");
  private static final String[] AT_LEAST_AFTER = hedges("at_least", "after");
  private static final String[] AT_MOST_AFTER = hedges("at_most", "after");
  private static final String[] ABOUT_AFTER = hedges("about", "after");
  private static final String[] OTHERS = hedges("others", null);
  private static final String[] AMONG = hedges("among", null);
  private static final String[] PLURAL_UNITS = hedges("unit", null);
  /** Counted nouns of this class name a member of the group written after them ({@code lexicon/member-groups.tsv}). */
  static final String MEMBER = "member";
  private static final Map<String, String> GROUPS = groups();
  private static final int GROUP_WORDS = 4;
  /** Words around the quantity that may carry its hedge or its role. */
  private static final int HEDGE_BEFORE = 4;
  private static final int HEDGE_AFTER = 3;
  private static final int ROLE_WORDS = 7;

  private static final Map<String, String[]> CLASSES = classes();
  private static final Map<String, String> ROLES = roles();
  private static final String[] CUMULATIVE = scopes("cumulative");
  private static final String[] UPDATE = scopes("update");
  private static final String[] CASUALTIES = scopes("casualties");
  private static final java.util.Set<String> PERIOD_OPEN = java.util.Set.of(scopes("period"));
  private static final java.util.Set<String> PERIOD_UNIT = java.util.Set.of(scopes("unit"));

  private CountReader() {}

  private static Map<String, String[]> classes() {
    Map<String, String[]> m = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/counted-classes.tsv", 3)) {
      m.put(ClaimKeys.words(r[0]), new String[] {r[1], "-".equals(r[2]) ? null : r[2], r[0]});
    }
    return m;
  }

  private static Map<String, String> roles() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/count-roles.tsv", 2)) m.put(ClaimKeys.words(r[0]), r[1]);
    return m;
  }

  /**
   * The phrases of {@code lexicon/count-hedges.tsv} of one kind read {@code where} ("before" or "after" the
   * figure; null: wherever), normalised as the text they are found in.
   */
  private static String[] hedges(String kind, String where) {
    return HEDGE_ROWS.stream()
        .filter(r -> r[1].equals(kind) && (where == null || r[2].equals(where) || r[2].equals("both")))
        .map(r -> ArabicNormalizer.normalize(r[0])).toArray(String[]::new);
  }

  private static Map<String, String> groups() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/member-groups.tsv", 2)) m.put(ClaimKeys.words(r[0]), r[1]);
    return m;
  }

  /** The class of the group named in the first words after a member count ("عناصر من مرتبات الأمن"), or null. */
  private static String[] memberClass(Tokens after) {
    for (int i = 0, n = 0; i < after.size() && n < GROUP_WORDS; i++) {
      if (after.kind(i) == Tokens.PUNCT) {
        if (n > 0) break; // the clause goes on elsewhere
        continue;
      }
      n++;
      String g = GROUPS.get(after.key(i));
      if (g != null) return new String[] {g, null, null};
    }
    return null;
  }

  /** The phrases of {@code lexicon/count-scopes.tsv} of one kind, normalised as the text they are found in. */
  private static String[] scopes(String kind) {
    return SCOPE_ROWS.stream().filter(r -> r[1].equals(kind))
        .map(r -> ArabicNormalizer.normalize(r[0])).toArray(String[]::new);
  }

  /** The class of a counted noun as written ("المدنيين" → civilians), or {@code null} when it has none. */
  public static String countedClass(String counted) {
    String[] c = classOf(counted);
    return c == null ? null : c[0];
  }

  /** The singular that names a class in a slot ("civilians" → "مدني"), for a readable slot name. */
  public static String label(String counted) {
    String[] c = classOf(counted);
    return c == null ? null : c[2];
  }

  private static String[] classOf(String counted) {
    String key = ContradictionFinder.nounKey(counted);
    return key == null ? null : CLASSES.get(key);
  }

  /** The count {@code q} of an article whose text is {@code text} (offsets of {@code q} index it). */
  public static Count read(String text, Quantity q) {
    return read(text, q, 0);
  }

  /** True when {@code text[from, to)} holds a year of four digits (1900–2099) before {@code year}. */
  static boolean namesEarlierYear(String text, int from, int to, int year) {
    int run = 0, value = 0;
    for (int i = from; i <= to; i++) {
      int d = i < to ? Character.digit(text.charAt(i), 10) : -1;
      if (d >= 0) {
        run++;
        value = value * 10 + d;
        continue;
      }
      if (run == 4 && value >= 1900 && value < year) return true;
      run = 0;
      value = 0;
    }
    return false;
  }

  /**
   * The same, for an article published in {@code year} (0: unknown): a count whose sentence names an
   * earlier year ("وفي 2010، تحطمت طائرة ... ما أدى إلى مقتل 68 شخصا") recalls another event and gets no role.
   */
  public static Count read(String text, Quantity q, int year) {
    double v = q.value();
    String[] cls = classOf(q.counted());
    if (text == null || q.start() < 0 || q.end() > text.length() || q.start() >= q.end()) {
      if (cls != null && MEMBER.equals(cls[0])) cls = null; // no words after it to name its group
      return new Count(v, v, v, cls == null ? null : cls[0], cls == null ? null : cls[1]);
    }
    int from = clauseStart(text, q.start());
    int to = clauseEnd(text, q.end());
    Tokens before = Tokenizer.tokenize(text.substring(from, q.start()));
    Tokens after = Tokenizer.tokenize(text.substring(q.end(), to));
    String own = ArabicNormalizer.normalize(q.text());
    if (cls != null && MEMBER.equals(cls[0])) cls = memberClass(after);
    String ahead = (lastWords(before, HEDGE_BEFORE) + " " + own).trim();
    String behind = firstWords(after, HEDGE_AFTER);
    double lo = v, hi = v;
    if (containsAny(ahead, AT_LEAST) || containsAny(behind, AT_LEAST_AFTER)) hi = v * 1.5;
    else if (containsAny(ahead, AT_MOST) || containsAny(behind, AT_MOST_AFTER)) lo = v * 0.5;
    else if (startsWithAny(own, PLURAL_UNITS)) hi = v * 10 - 1;
    else if (containsAny(ahead, ABOUT) || containsAny(behind, ABOUT_AFTER) || q.approx()) {
      lo = v * 0.8;
      hi = v * 1.2;
    }
    String role = cls == null ? null : cls[1];
    if (role == null) role = nearestRole(before, after);
    // "35 شخصا آخرين", "بينهم 9 من الجنود": a part or an increment of a toll, not the toll
    String next = firstWords(after, 1), prev = lastWords(before, 2);
    if (containsAny(own + " " + next, OTHERS) || containsAny(prev, AMONG)) role = null;
    // "عشرات القتلى", "مئات المدنيين": an order of magnitude, no figure that another outlet's can contradict
    if (role != null && startsWithAny(own, PLURAL_UNITS)) role = null;
    if (role != null && !scoped(text, q, from, to, year)) role = null;
    return new Count(v, lo, hi, cls == null ? null : cls[0], role);
  }

  /**
   * False when the count's sentence makes it a total over a period or a revised toll, or names a year before
   * {@code year} (0: unknown), or its clause counts the dead and the wounded together
   * ({@code lexicon/count-scopes.tsv}): such a count is one outlet's report of something other than the act's toll.
   */
  private static boolean scoped(String text, Quantity q, int clauseFrom, int clauseTo, int year) {
    int from = sentenceStart(text, q.start()), to = sentenceEnd(text, q.end());
    if (year > 0 && namesEarlierYear(text, from, to, year)) return false;
    String sentence = spaced(ArabicNormalizer.normalize(text.substring(from, to)));
    if (containsWord(sentence, CUMULATIVE) || containsWord(sentence, UPDATE) || periodTotal(sentence)) return false;
    return !containsWord(spaced(ArabicNormalizer.normalize(text.substring(clauseFrom, clauseTo))), CASUALTIES);
  }

  /**
   * True when the sentence counts over a stated period ("خلال عشرة أيام", "خلال الـ24 ساعة الماضية",
   * "على مدى أسبوعين"): a word opening a period with a unit of time within the next three words.
   */
  static boolean periodTotal(String spacedSentence) {
    String[] w = spacedSentence.split(" ");
    for (int i = 0; i < w.length; i++) {
      if (!PERIOD_OPEN.contains(w[i]) && !(w[i].length() > 3 && (w[i].charAt(0) == 'و' || w[i].charAt(0) == 'ف')
          && PERIOD_OPEN.contains(w[i].substring(1)))) continue;
      for (int j = i + 1; j < w.length && j <= i + 3; j++) {
        if (PERIOD_UNIT.contains(w[j]) || (w[j].startsWith("ال") && PERIOD_UNIT.contains(w[j].substring(2)))) return true;
      }
    }
    return false;
  }

  /** As {@link #containsAny}, a phrase also counting after a conjunction joined to it ("وطوال", "ومنذ"). */
  private static boolean containsWord(String s, String[] phrases) {
    if (containsAny(s, phrases)) return true;
    for (String p : phrases) {
      for (int at = s.indexOf(p); at >= 1; at = s.indexOf(p, at + 1)) {
        char c = s.charAt(at - 1);
        boolean startOk = (c == 'و' || c == 'ف') && (at == 1 || s.charAt(at - 2) == ' ');
        int e = at + p.length();
        if (startOk && (e == s.length() || s.charAt(e) == ' ')) return true;
      }
    }
    return false;
  }

  /** Words separated by single spaces, punctuation dropped, so that phrases match as whole words. */
  private static String spaced(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = Character.isLetterOrDigit(c);
      if (word) b.append(c);
      else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
    }
    return b.toString().trim();
  }

  /** The role of the nearest trigger word before or after the quantity within {@link #ROLE_WORDS} words. */
  private static String nearestRole(Tokens before, Tokens after) {
    int n = 0;
    String back = null, forth = null;
    for (int i = before.size() - 1; i >= 0 && n < ROLE_WORDS; i--) {
      if (!before.isWord(i)) continue;
      n++;
      String r = role(before.key(i));
      if (r != null) {
        back = r;
        break;
      }
    }
    n = 0;
    for (int i = 0; i < after.size() && n < ROLE_WORDS; i++) {
      if (!after.isWord(i)) continue;
      n++;
      String r = role(after.key(i));
      if (r != null) {
        forth = r;
        break;
      }
    }
    // a trigger before the figure governs it ("مقتل 25 شخصا وإصابة 45"); one after only when none is before
    return back != null ? back : forth;
  }

  private static String role(String key) {
    if (key == null) return null;
    String r = rolePrefix(key);
    // the lookup key keeps an uncertain proclitic ("وقتل", "بانسحاب"): try the word without it
    if (r == null && key.length() > 3 && "وفبل".indexOf(key.charAt(0)) >= 0) r = rolePrefix(key.substring(1));
    return r;
  }

  private static String rolePrefix(String key) {
    for (int len = Math.min(key.length(), 7); len >= 3; len--) {
      String r = ROLES.get(key.substring(0, len));
      // a short trigger is a whole word or the word with a short suffix ("قتل", "قتلوا"), never a longer word's start
      if (r != null && (len >= 4 || key.length() <= len + 3)) return r;
    }
    return null;
  }

  /** Ends of a sentence: the sentence a count's period, revision or earlier year is looked for in. */
  private static final String SENTENCE_ENDS = ".\n؟?!";
  /** Ends of a clause: the words a count's hedge and role are read in. */
  private static final String CLAUSE_ENDS = ".،,؛;\n؟?!:";

  private static int sentenceStart(String text, int at) {
    return start(text, at, SENTENCE_ENDS);
  }

  private static int sentenceEnd(String text, int at) {
    return end(text, at, SENTENCE_ENDS);
  }

  private static int clauseStart(String text, int at) {
    return start(text, at, CLAUSE_ENDS);
  }

  private static int clauseEnd(String text, int at) {
    return end(text, at, CLAUSE_ENDS);
  }

  /** Just after the last of {@code ends} before {@code at}, or 0. */
  private static int start(String text, int at, String ends) {
    for (int i = at - 1; i >= 0; i--) if (ends.indexOf(text.charAt(i)) >= 0) return i + 1;
    return 0;
  }

  /** The first of {@code ends} from {@code at}, or the text's end. */
  private static int end(String text, int at, String ends) {
    for (int i = at; i < text.length(); i++) if (ends.indexOf(text.charAt(i)) >= 0) return i;
    return text.length();
  }

  private static String lastWords(Tokens t, int k) {
    int i = t.size(), n = 0;
    while (i > 0 && n < k) {
      i--;
      if (t.kind(i) != Tokens.PUNCT) n++;
    }
    return i >= t.size() ? "" : ArabicNormalizer.normalize(t.text().substring(t.start(i)));
  }

  private static String firstWords(Tokens t, int k) {
    int i = 0, n = 0;
    while (i < t.size() && n < k) {
      if (t.kind(i) != Tokens.PUNCT) n++;
      i++;
    }
    return i == 0 ? "" : ArabicNormalizer.normalize(t.text().substring(0, t.end(i - 1)));
  }

  private static boolean containsAny(String s, String[] phrases) {
    for (String p : phrases) {
      int at = s.indexOf(p);
      // whole words only: "اكثر" in "الاكثر" is no hedge
      while (at >= 0) {
        boolean startOk = at == 0 || s.charAt(at - 1) == ' ';
        int e = at + p.length();
        boolean endOk = e == s.length() || s.charAt(e) == ' ';
        if (startOk && endOk) return true;
        at = s.indexOf(p, at + 1);
      }
    }
    return false;
  }

  private static boolean startsWithAny(String s, String[] words) {
    for (String w : words) if (s.startsWith(w)) return true;
    return false;
  }

  static List<String> classNames() {
    return CLASSES.values().stream().map(c -> c[0]).distinct().sorted().toList();
  }
}
