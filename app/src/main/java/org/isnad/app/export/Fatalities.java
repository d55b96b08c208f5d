package org.isnad.app.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * Counts of the dead in a claim ({@code lexicon/fatality-words.tsv}, which says each role): a count is of
 * the dead when its counted noun names the dead ("10 قتلى"), when the nearest role word of the five before
 * the number says they were killed ("مقتل 5 مدنيين"), or when a word of the four after the count does ("150
 * شخصا على الأقل قتلوا"); never when the count is mixed with the wounded ("مقتل وإصابة 20 شخصا", "5 قتلى
 * وجرحى"), because the dead are then a part of it that the text does not give. Another number ends the
 * words looked at.
 */
final class Fatalities {
  private static final int BEFORE = 5;
  private static final int AFTER = 4;
  private final Map<String, String> roles = new HashMap<>();

  Fatalities() {
    for (String[] r : LexiconFile.rows("/lexicon/fatality-words.tsv", 2)) roles.put(ArabicNormalizer.normalize(r[0]), r[1]);
  }

  /** Whether a counted noun alone names the dead ("قتلى"). */
  boolean deadNoun(String counted) {
    return counted != null && "counted".equals(role(counted));
  }

  /**
   * Whether the count at {@code [start, end)} of the article, inside a claim whose sentence starts at
   * {@code sentenceStart} of the article, counts the dead; {@code counted} is its counted noun or null.
   */
  boolean dead(String sentence, int sentenceStart, int start, int end, String counted) {
    return dead(sentence, sentenceStart, start, end, counted, sentenceStart, Integer.MAX_VALUE);
  }

  /**
   * As {@link #dead(String, int, int, int, String)}, with the words looked at kept between
   * {@code from} and {@code to} (article offsets): the end of the claim's count before this one and the
   * start of the count after it ({@code sentenceStart} and {@link Integer#MAX_VALUE}: no limit), so that in "مصرع عشرات آلاف الأشخاص ودفعت نحو أربعة ملايين إلى الفرار"
   * the killing stays with the first count.
   */
  boolean dead(String sentence, int sentenceStart, int start, int end, String counted, int from, int to) {
    int s = start - sentenceStart, e = end - sentenceStart;
    boolean inside = sentence != null && s >= 0 && e <= sentence.length() && s <= e;
    int f = Math.max(0, Math.min(s, from - sentenceStart));
    int t = inside ? (int) Math.min(sentence.length(), Math.max(e, (long) to - sentenceStart)) : 0;
    List<String> before = inside ? words(sentence.substring(f, s), true, BEFORE) : List.of();
    List<String> after = inside ? words(sentence.substring(e, t), false, AFTER) : List.of();
    String nearestBefore = null;
    for (int i = before.size() - 1; i >= 0 && nearestBefore == null; i--) nearestBefore = role(before.get(i));
    if ("wounding".equals(nearestBefore) || "wounded".equals(nearestBefore)) return false;
    if (!after.isEmpty() && "wounded".equals(role(after.get(0)))) return false;
    if (deadNoun(counted) || "before".equals(nearestBefore)) return true;
    for (String w : after) if ("after".equals(role(w))) return true;
    return false;
  }

  /** The role of a word, with up to two proclitics (و ف ب ل) tried off. */
  private String role(String word) {
    String w = ArabicNormalizer.normalize(word);
    String r = roles.get(w);
    for (int i = 0; r == null && i < 2 && w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0; i++) {
      w = w.substring(1);
      r = roles.get(w);
    }
    return r;
  }

  /**
   * Up to {@code n} words of {@code s}, its last ({@code last}) or its first, punctuation trimmed, up to
   * a word with a digit in it (another number).
   */
  private static List<String> words(String s, boolean last, int n) {
    String[] all = s.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    for (int k = 0; k < all.length && out.size() < n; k++) {
      String w = all[last ? all.length - 1 - k : k];
      if (w.chars().anyMatch(Character::isDigit)) break;
      w = w.replaceAll("^[^\\p{L}]+|[^\\p{L}\\p{M}]+$", "");
      if (!w.isEmpty()) out.add(w);
    }
    if (last) java.util.Collections.reverse(out);
    return out;
  }
}
