package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.Quantity;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Doc;
import org.isnad.text.LexiconFile;
import org.isnad.text.NumberReader;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Finds counts of things (SPEC quantities.jsonl): a number ({@link NumberReader}), an optional
 * approximation marker before it ("نحو", "أكثر من") or "تقريبا" after it, and the counted noun
 * ("ألفي جندي", "عشرات من المدنيين"). Numbers that are not counts are left out: years, dates, clock
 * times, percentages, and names or articles with a number ("فرانس 24", "الفرقة 17", "المادة 5"), by
 * the contexts in {@code lexicon/number-contexts.tsv}, and digit runs glued to "-", "/" or ":" (dates,
 * scores, "إف-16").
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityReader {
  private static final String TAQRIBAN = ArabicNormalizer.normalize("تقريبا");
  private static final String MIN = "من";

  private final NumberReader numbers;
  private final PhraseLexicon<Boolean> approx;
  private final PhraseLexicon<String> before;
  private final PhraseLexicon<String> after;
  private final Set<String> stops;

  private QuantityReader(NumberReader numbers, PhraseLexicon<Boolean> approx, PhraseLexicon<String> before,
                         PhraseLexicon<String> after, Set<String> stops) {
    this.numbers = numbers;
    this.approx = approx;
    this.before = before;
    this.after = after;
    this.stops = stops;
  }

  public static QuantityReader load() {
    PhraseLexicon<Boolean> approx = new PhraseLexicon<>();
    for (String[] r : LexiconFile.rows("/lexicon/approx-markers.tsv", 1)) approx.add(r[0], Boolean.TRUE);
    PhraseLexicon<String> before = new PhraseLexicon<>();
    PhraseLexicon<String> after = new PhraseLexicon<>();
    for (String[] r : LexiconFile.rows("/lexicon/number-contexts.tsv", 3)) {
      (r[1].equals("BEFORE") ? before : after).add(r[0], r[2]);
    }
    Set<String> stops = new HashSet<>();
    for (String[] r : LexiconFile.rows("/lexicon/counted-stops.tsv", 1)) stops.add(ArabicNormalizer.normalize(r[0]));
    return new QuantityReader(NumberReader.load(), approx, before, after, stops);
  }

  /** Counts in text order; ids are {@code <articleId>#q<start>}. */
  public List<Quantity> read(Doc doc, String articleId) {
    Tokens t = doc.tokens();
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int end = s.endToken();
      for (int j = s.firstToken(); j < end; j++) {
        if (t.kind(j) != Tokens.WORD && t.kind(j) != Tokens.NUMBER) continue;
        int start = -1;
        boolean approximate = false;
        int at = j;
        PhraseLexicon.Match<Boolean> marker = approx.match(t, j, end);
        if (marker != null && marker.endToken() < end) {
          at = marker.endToken();
          start = marker.start();
          approximate = true;
        }
        NumberReader.Reading n = numbers.read(t, at, end);
        if (n == null && marker != null) {
          at = j;
          approximate = false;
          start = -1;
          n = numbers.read(t, j, end);
        }
        if (n == null) continue;
        if (start < 0) start = t.stemStart(at);
        if (notACount(t, n, s.firstToken(), end)) {
          j = n.endToken() - 1;
          continue;
        }
        int k = n.endToken();
        double value = n.value();
        NumberReader.Reading upper = upperBound(t, n, s.firstToken(), end);
        if (upper != null) {
          // "ما بين 75 و200 مليون نسمة": a range, counted by its lower end (as a vague count is)
          value = lowerBound(t, n, upper);
          approximate = true;
          k = upper.endToken();
        }
        if (k < end && t.kind(k) == Tokens.WORD && t.key(k).equals(TAQRIBAN)) {
          approximate = true;
          k++;
        }
        int stop = t.end(k - 1);
        String counted = null;
        int c = k;
        if (c + 1 < end && t.kind(c) == Tokens.WORD && t.key(c).equals(MIN) && t.kind(c + 1) == Tokens.WORD) c++;
        if (c < end && t.kind(c) == Tokens.WORD && !stops.contains(t.key(c)) && !stops.contains(t.norm(c))
            && !looksLikeVerb(t.key(c)) && numbers.read(t, c, c + 1) == null) {
          counted = t.text().substring(t.stemStart(c), t.end(c));
          stop = t.end(c);
        }
        out.add(new Quantity(articleId + "#q" + start, start, stop, t.text().substring(start, stop), value,
            approximate || n.vague(), counted));
        j = counted != null ? c : k - 1;
      }
    }
    return out;
  }

  /**
   * The upper end of a range "X و Y" ("75 و200 مليون", "بين 10 و15 قتيلا"): a number right after a detached
   * "و" that is larger than {@code lower} once {@code lower} takes its scale; {@code null} when there is none.
   */
  private NumberReader.Reading upperBound(Tokens t, NumberReader.Reading lower, int sentenceStart, int end) {
    int w = lower.endToken();
    if (w + 1 >= end || t.kind(w) != Tokens.WORD || t.end(w) - t.start(w) != 1 || t.text().charAt(t.start(w)) != 'و') {
      return null;
    }
    NumberReader.Reading upper = numbers.read(t, w + 1, end);
    if (upper == null || notACount(t, upper, sentenceStart, end)) return null;
    return lowerBound(t, lower, upper) < upper.value() ? upper : null;
  }

  /** {@code lower} with the scale it shares with {@code upper}: "75" in "75 و200 مليون" is 75 million. */
  private double lowerBound(Tokens t, NumberReader.Reading lower, NumberReader.Reading upper) {
    NumberReader.Reading lowerLead = numbers.read(t, lower.firstToken(), lower.firstToken() + 1);
    if (lowerLead == null || lowerLead.value() != lower.value()) return lower.value(); // it has its own scale
    NumberReader.Reading upperLead = numbers.read(t, upper.firstToken(), upper.firstToken() + 1);
    if (upperLead == null || upperLead.value() <= 0) return lower.value();
    return lower.value() * (upper.value() / upperLead.value());
  }

  /**
   * A verb right after a number is the predicate, not the counted noun ("أكثر من أربعة آلاف يرفضون
   * الخروج"): an imperfect plural (يـ/تـ … ون, but not the nisba plural …يون as in "يمنيون") or a perfect
   * plural (… وا).
   */
  static boolean looksLikeVerb(String key) {
    int n = key.length();
    if (n < 4) return false;
    char first = key.charAt(0);
    if ((first == 'ي' || first == 'ت') && key.endsWith("ون") && key.charAt(n - 3) != 'ي') return true;
    return key.endsWith("وا");
  }

  private boolean notACount(Tokens t, NumberReader.Reading n, int sentenceStart, int end) {
    int f = n.firstToken();
    int e = n.endToken();
    // "واحدة من أكثر …" (one of the most): a lone "one" in words is almost never a count in news
    if (!n.digitsOnly() && n.value() == 1 && e - f == 1) return true;
    if (n.digitsOnly()) {
      if (n.value() >= 1900 && n.value() <= 2100 && n.value() == Math.rint(n.value())) return true; // a year
      if (joinedBefore(t, f) || joinedAfter(t, e - 1)) return true;
      if (f > sentenceStart && t.kind(f - 1) == Tokens.LATIN) return true; // "T 4", "F 16"
      if (e < end && t.kind(e) == Tokens.LATIN && t.end(e - 1) == t.start(e)) return true; // "4K", "5G"
    }
    for (int back = 2; back >= 1; back--) {
      int b = f - back;
      if (b < sentenceStart) continue;
      PhraseLexicon.Match<String> m = before.match(t, b, f);
      if (m != null && m.endToken() == f) return true;
    }
    return e < end && after.match(t, e, end) != null;
  }

  private static boolean isJoiner(Tokens t, int p) {
    if (t.kind(p) != Tokens.PUNCT) return false;
    char c = t.text().charAt(t.start(p));
    return c == '-' || c == '/' || c == ':' || c == '.' || c == '–' || c == '\\';
  }

  /** "15/2/2018", "10:30", "2-1", "إف-16": a joiner glued between the number and something before it. */
  private static boolean joinedBefore(Tokens t, int f) {
    return f >= 2 && isJoiner(t, f - 1) && t.end(f - 1) == t.start(f) && t.end(f - 2) == t.start(f - 1);
  }

  /** The same on the right: the joiner must be followed, glued, by another number. */
  private static boolean joinedAfter(Tokens t, int last) {
    int p = last + 1;
    return p + 1 < t.size() && isJoiner(t, p) && t.end(last) == t.start(p) && t.end(p) == t.start(p + 1)
        && t.kind(p + 1) == Tokens.NUMBER;
  }
}
