package org.isnad.text;

/**
 * Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك, the article ال and the fused لل.
 *
 * <p>A leading و or ب is a clitic in "وبحسب" but part of the word in "وزير" or "بيروت", so the split is
 * only certain when the article follows ("والمعارضة", "بالمدينة", "للمعارضة"). {@link #safeStemStart}
 * makes that certain split; {@link #candidateStarts} lists the uncertain ones for a lexicon to confirm
 * ("بحلب" → حلب, "وإدلب" → إدلب).
 */
public final class Clitics {
  private Clitics() {}

  private static boolean isConj(char c) {
    return c == 'و' || c == 'ف';
  }

  private static boolean isPrep(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }

  /** The article's alef is hamzat al-wasl, written bare (or as wasla): "ألف", "إلى", "آلاف" have no article. */
  private static boolean isAlef(char c) {
    return c == 'ا' || c == 'ٱ';
  }

  /** Letters in {@code s[start,end)}, skipping diacritics; used to keep a stripped stem long enough. */
  private static int letters(CharSequence s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) if (!ArabicNormalizer.isWordMark(s.charAt(i))) n++;
    return n;
  }

  /**
   * Offset where the word proper begins once certain proclitics are removed; the article ال stays in
   * the word ("والمعارضة" → "المعارضة"), except after لل, where its alef was dropped ("للمعارضة" →
   * "معارضة"). Returns {@code start} when nothing is certainly a clitic.
   */
  public static int safeStemStart(CharSequence s, int start, int end) {
    int i = start;
    if (end - i >= 5 && isConj(s.charAt(i))) {
      // و/ف + (ب|ك|ل)? + ال…  or و/ف + لل…
      int j = i + 1;
      if (isPrep(s.charAt(j)) && isAlef(s.charAt(j + 1)) && s.charAt(j + 2) == 'ل' && s.charAt(j) != 'ل'
          && letters(s, j + 3, end) >= 3) { // not "وكالة", "وكالات" (و+ك+ال+ات): the agency
        return j + 1;
      }
      if (s.charAt(j) == 'ل' && s.charAt(j + 1) == 'ل' && letters(s, j + 2, end) >= 2) return j + 2;
      if (isAlef(s.charAt(j)) && s.charAt(j + 1) == 'ل' && letters(s, j + 2, end) >= 2) return j;
    }
    if (end - i >= 4) {
      char c = s.charAt(i);
      if ((c == 'ب' || c == 'ك') && isAlef(s.charAt(i + 1)) && s.charAt(i + 2) == 'ل' && letters(s, i + 3, end) >= 2) {
        return i + 1;
      }
      if (c == 'ل' && s.charAt(i + 1) == 'ل' && letters(s, i + 2, end) >= 2) return i + 2;
    }
    return start;
  }

  /** Offset after the article ال at {@code start} (when the rest is at least two letters), else {@code start}. */
  public static int afterArticle(CharSequence s, int start, int end) {
    if (end - start >= 4 && isAlef(s.charAt(start)) && s.charAt(start + 1) == 'ل'
        && letters(s, start + 2, end) >= 2) {
      return start + 2;
    }
    return start;
  }

  /**
   * Possible word starts from the most to the least stripped, for a lexicon to confirm: e.g. "وبحلب" →
   * [start+2, start+1]; the unstripped {@code start} is not included. Each stem keeps at least two letters.
   * Writes into {@code out} and returns how many it wrote (at most 2).
   */
  public static int candidateStarts(CharSequence s, int start, int end, int[] out) {
    int n = 0;
    if (end - start < 3) return 0;
    char c0 = s.charAt(start);
    if (isConj(c0)) {
      if (end - start >= 4 && isPrep(s.charAt(start + 1)) && letters(s, start + 2, end) >= 2) out[n++] = start + 2;
      if (letters(s, start + 1, end) >= 2) out[n++] = start + 1;
    } else if (isPrep(c0) && letters(s, start + 1, end) >= 2) {
      out[n++] = start + 1;
    }
    return n;
  }
}
