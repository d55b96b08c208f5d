package org.isnad.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * Finds the cue phrases of {@code lexicon/residue-cues.tsv} in a line in matching form, as whole words (a proclitic
 * و ف ب ل may precede: "وتابعونا"; "حمل" is not in "حملة"), in one pass over the line's words: each word is looked
 * up among the phrases that start with it, so the cost is that of the line, not of the lexicon; the look-up reads the
 * line in place ({@link SliceTable}), without building a string per word. Reports the groups found, and those found in
 * the line's first 25 characters, as bit sets over {@link #GROUPS}.
 */
final class ResidueCues {
  /** Where a phrase must start to count as opening the line. */
  static final int EARLY = 25;

  private record Cue(String phrase, int group) {}

  /** The groups in lexicon order; a group's bit is its index. */
  static final List<String> GROUPS = new ArrayList<>();
  /** Phrases by their first word; phrases that start with a sign ("©") by that character. */
  private static final SliceTable<Cue[]> BY_WORD = new SliceTable<>(256);

  static {
    Map<String, List<Cue>> byWord = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/residue-cues.tsv", 2)) {
      String phrase = ArabicNormalizer.normalize(r[0]);
      int g = GROUPS.indexOf(r[1]);
      if (g < 0) {
        g = GROUPS.size();
        GROUPS.add(r[1]);
      }
      if (g >= 64) throw new IllegalStateException("lexicon/residue-cues.tsv: more than 64 groups");
      Cue c = new Cue(phrase, g);
      int end = 0;
      while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) end++;
      byWord.computeIfAbsent(phrase.substring(0, Math.max(1, end)), k -> new ArrayList<>()).add(c);
    }
    byWord.forEach((k, v) -> BY_WORD.put(k, v.toArray(new Cue[0])));
  }

  /** The bit of {@code group}, 0 when the lexicon has no such group. */
  static long bit(String group) {
    int g = GROUPS.indexOf(group);
    return g < 0 ? 0 : 1L << g;
  }

  /** Groups found in a line, and those found within its first {@link #EARLY} characters. */
  record Hits(long groups, long early) {
    static final Hits NONE = new Hits(0, 0);
  }

  private ResidueCues() {}

  /** The cue groups in {@code n}, a line in matching form ({@link ArabicNormalizer}). */
  static Hits find(String n) {
    long groups = 0;
    long early = 0;
    int len = n.length();
    int i = 0;
    while (i < len) {
      char c = n.charAt(i);
      if (!Character.isLetter(c)) {
        Cue[] cs = BY_WORD.get(n, i, i + 1);
        if (cs != null) {
          for (Cue q : cs) {
            if (matches(n, i, q.phrase())) {
              groups |= 1L << q.group();
              if (i < EARLY) early |= 1L << q.group();
            }
          }
        }
        i++;
        continue;
      }
      int s = i;
      while (i < len && Character.isLetter(n.charAt(i))) i++;
      for (int from = s; from <= s + 1 && from < i; from++) {
        // the word itself, then without a one-letter proclitic
        if (from > s && (i - s <= 2 || "وفبل".indexOf(n.charAt(s)) < 0)) break;
        Cue[] cs = BY_WORD.get(n, from, i);
        if (cs == null) continue;
        for (Cue q : cs) {
          if (matches(n, from, q.phrase())) {
            groups |= 1L << q.group();
            if (from < EARLY) early |= 1L << q.group();
          }
        }
      }
    }
    return groups == 0 ? Hits.NONE : new Hits(groups, early);
  }

  /** {@code phrase} at {@code at} in {@code n}, ending where a word ends (or with a sign). */
  private static boolean matches(String n, int at, String phrase) {
    int end = at + phrase.length();
    if (!n.startsWith(phrase, at)) return false;
    return end == n.length() || !Character.isLetter(n.charAt(end)) || !Character.isLetter(phrase.charAt(phrase.length() - 1));
  }
}
