package org.isnad.app.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * Counts of the dead in a claim ({@code lexicon/fatality-words.tsv}): a count is of the dead when its
 * counted noun names the dead ("10 قتلى"), a word among the three before the number says so ("مقتل 5
 * مدنيين"), or one of the two words after it does ("5 مدنيين قتلوا"); never when an injury word is among
 * them ("مقتل وإصابة 20 شخصا"), because the dead are then a part of the count that the text does not give.
 */
final class Fatalities {
  private static final int WINDOW = 3;
  private static final int AFTER = 2;
  private final Map<String, String> roles = new HashMap<>();

  Fatalities() {
    for (String[] r : LexiconFile.rows("/lexicon/fatality-words.tsv", 2)) roles.put(ArabicNormalizer.normalize(r[0]), r[1]);
  }

  /**
   * Whether the count at {@code [start, end)} of the article, inside a claim whose sentence starts at
   * {@code sentenceStart}, counts the dead; {@code counted} is its counted noun or null.
   */
  boolean dead(String sentence, int sentenceStart, int start, int end, String counted) {
    if (counted != null && "counted".equals(role(counted))) return !mixed(sentence, sentenceStart, start, end);
    int s = start - sentenceStart, e = end - sentenceStart;
    if (sentence == null || s < 0 || e > sentence.length() || s > e) return false;
    boolean dead = false;
    for (String w : words(sentence.substring(0, s), true)) {
      String r = role(w);
      if ("not".equals(r)) return false;
      dead |= "before".equals(r);
    }
    for (String w : words(sentence.substring(e), false)) {
      String r = role(w);
      if ("not".equals(r)) return false;
      dead |= "after".equals(r);
    }
    return dead;
  }

  private boolean mixed(String sentence, int sentenceStart, int start, int end) {
    int s = start - sentenceStart, e = end - sentenceStart;
    if (sentence == null || s < 0 || e > sentence.length() || s > e) return false;
    for (String w : words(sentence.substring(0, s), true)) if ("not".equals(role(w))) return true;
    for (String w : words(sentence.substring(e), false)) if ("not".equals(role(w))) return true;
    return false;
  }

  /** The role of a word, with its proclitics (و ف ب ل) tried off. */
  private String role(String word) {
    String w = ArabicNormalizer.normalize(word);
    String r = roles.get(w);
    for (int i = 0; r == null && i < 2 && w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0; i++) {
      w = w.substring(1);
      r = roles.get(w);
    }
    return r;
  }

  /** The last {@link #WINDOW} words of {@code s} ({@code last}), or its first {@link #AFTER}. */
  private static List<String> words(String s, boolean last) {
    String[] all = s.strip().split("[^\\p{L}\\p{M}]+");
    List<String> out = new ArrayList<>();
    if (last) {
      for (int i = Math.max(0, all.length - WINDOW); i < all.length; i++) if (!all[i].isEmpty()) out.add(all[i]);
    } else {
      for (int i = 0; i < all.length && out.size() < AFTER; i++) if (!all[i].isEmpty()) out.add(all[i]);
    }
    return out;
  }
}
