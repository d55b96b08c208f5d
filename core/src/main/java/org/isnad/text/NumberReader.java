package org.isnad.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads a number written in digits (Western, Arabic-Indic, Eastern Arabic-Indic), in words, or mixed:
 * "12 ألفاً" → 12000, "ثلاثة آلاف" → 3000, "ألفي" → 2000, "خمسة وعشرين" → 25, "ألف وخمسمائة" → 1500,
 * "عشرين ألف" → 20000, "مئات الآلاف" → 100000 (vague). The words and how they combine are data
 * ({@code lexicon/number-words.tsv}); this class only knows the grammar of combination.
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberReader {
  enum Kind { UNIT, TEEN_UNIT, TEEN, TEN, HUNDRED, SCALE, DUAL, PLURAL, VAGUE, DIGITS }

  private record Word(double value, Kind kind) {}

  /**
   * A number found at tokens {@code [firstToken, endToken)}.
   *
   * @param vague true for "عشرات", "مئات", a bare "آلاف": the value is a lower bound
   * @param digitsOnly true when written only in digits (so a year or a code is possible)
   */
  public record Reading(int firstToken, int endToken, double value, boolean vague, boolean digitsOnly) {}

  private final Map<String, Word> words;

  private NumberReader(Map<String, Word> words) {
    this.words = words;
  }

  public static NumberReader load() {
    Map<String, Word> m = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/number-words.tsv", 3)) {
      m.put(ArabicNormalizer.normalize(r[0]), new Word(Double.parseDouble(r[1]), Kind.valueOf(r[2])));
    }
    return new NumberReader(m);
  }

  /** The number starting at token {@code i} (not reaching {@code limit}), or {@code null}. */
  public Reading read(Tokens t, int i, int limit) {
    double total = 0;
    double current = 0;
    boolean vague = false;
    boolean digitsOnly = true;
    Kind last = null;
    int j = i;
    int lastEnd = i; // after the last token that was part of the number
    boolean conj = false;
    while (j < limit) {
      byte k = t.kind(j);
      Kind kind;
      double v;
      if (last != null && !conj && k == Tokens.WORD && t.end(j) - t.start(j) == 1 && t.text().charAt(t.start(j)) == 'و') {
        conj = true; // a detached "و": "23 ألفا و500"
        j++;
        continue;
      }
      if (k == Tokens.NUMBER) {
        if (last != null && !conj) break; // two numbers side by side are two numbers
        // "75 و200 مليون": digits joined to digits with no scale between them are two numbers (a range or a
        // list), not a sum; compound numbers join a smaller part after a scale ("23 ألفا و500")
        if (conj && last == Kind.DIGITS) break;
        v = parseDigits(t.text(), t.start(j), t.end(j));
        if (Double.isNaN(v)) break;
        kind = Kind.DIGITS;
      } else if (k == Tokens.WORD) {
        Word w = words.get(t.key(j));
        // "الثلاثة", "الاثنين" (Monday) are not counts, but "العشرة آلاف" (the ten thousand) is
        if (w != null && t.hasArticle(j) && !isScale(w.kind) && !(last == null && scaleFollows(t, j + 1, limit))) w = null;
        if (w == null && last != null && !conj && t.key(j).length() > 2 && t.key(j).charAt(0) == 'و' && !t.hasArticle(j)) {
          w = words.get(t.key(j).substring(1)); // "وعشرين", "وخمسمائة"
          conj = w != null;
        }
        if (w == null) break;
        kind = w.kind;
        v = w.value;
        digitsOnly = false;
      } else {
        break;
      }
      if (last != null && !conj && adjacentNumbersDoNotJoin(last, kind, current)) break;
      if (last == null && conj) break;
      switch (kind) {
        case DIGITS, UNIT, TEN -> current += v;
        case TEEN_UNIT -> {
          if (j + 1 >= limit || t.kind(j + 1) != Tokens.WORD || !isTeen(t.key(j + 1))) return finish(i, lastEnd, last, total, current, vague, digitsOnly);
          current += v;
        }
        case TEEN -> current += (last == Kind.UNIT || last == Kind.TEEN_UNIT) ? 10 : v;
        case HUNDRED -> {
          if (v == 100 && last == Kind.UNIT && current >= 3 && current <= 9) current *= 100;
          else current += v;
        }
        case SCALE -> {
          total += (current == 0 ? 1 : current) * v;
          current = 0;
        }
        case DUAL -> {
          total += (current == 0 ? 2 : current) * v;
          current = 0;
        }
        case PLURAL -> {
          if (current > 0) {
            total += current * v;
            current = 0;
          } else if (last == Kind.VAGUE) {
            total *= v;
          } else if (last == null) {
            total = v;
            vague = true;
          } else {
            return finish(i, lastEnd, last, total, current, vague, digitsOnly);
          }
        }
        case VAGUE -> {
          if (last != null) return finish(i, lastEnd, last, total, current, vague, digitsOnly);
          total = v;
          vague = true;
        }
        default -> throw new IllegalStateException(kind.name());
      }
      last = kind;
      conj = false;
      j++;
      lastEnd = j;
    }
    return finish(i, lastEnd, last, total, current, vague, digitsOnly);
  }

  private static Reading finish(int i, int j, Kind last, double total, double current, boolean vague, boolean digitsOnly) {
    if (last == null) return null;
    return new Reading(i, j, total + current, vague, digitsOnly);
  }

  private boolean isTeen(String key) {
    Word w = words.get(key);
    return w != null && w.kind == Kind.TEEN;
  }

  private boolean scaleFollows(Tokens t, int j, int limit) {
    if (j >= limit || t.kind(j) != Tokens.WORD) return false;
    Word w = words.get(t.key(j));
    return w != null && isScale(w.kind);
  }

  private static boolean isScale(Kind k) {
    return k == Kind.SCALE || k == Kind.PLURAL || k == Kind.DUAL;
  }

  /** "ثلاث مئة" and "خمسة عشر" and "12 ألفاً" join; "ثلاثة أربعة" or "20 ثلاثة" do not. */
  private static boolean adjacentNumbersDoNotJoin(Kind last, Kind next, double current) {
    return switch (next) {
      case SCALE, DUAL, PLURAL -> false;
      case TEEN -> last != Kind.UNIT && last != Kind.TEEN_UNIT;
      case HUNDRED -> !(last == Kind.UNIT);
      default -> true;
    };
  }

  /**
   * The value of a digit run: "1,500" and "1.500.000" group thousands; "2.5", "106,78" and "٣٫٥" are
   * decimals. NaN when it is no single number.
   */
  static double parseDigits(CharSequence s, int start, int end) {
    double intPart = 0;
    double frac = 0;
    double scale = 0;
    int groupDigits = -1;
    boolean grouped = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      int d = ArabicNormalizer.digit(c);
      if (d >= 0) {
        if (scale > 0) {
          scale /= 10;
          frac += d * scale;
        } else {
          intPart = intPart * 10 + d;
        }
        if (groupDigits >= 0) groupDigits++;
      } else {
        // a separator: thousands when exactly three digits follow (and more groups may follow)
        int digitsAfter = 0;
        int k = i + 1;
        while (k < end && ArabicNormalizer.digit(s.charAt(k)) >= 0) {
          digitsAfter++;
          k++;
        }
        boolean thousands = c == '٬' || (c != '٫' && digitsAfter == 3 && (grouped || k == end || s.charAt(k) == c));
        if (thousands && scale == 0) {
          grouped = true;
        } else if (scale == 0 && !grouped) {
          scale = 1;
        } else {
          return Double.NaN;
        }
      }
    }
    return intPart + frac;
  }
}
