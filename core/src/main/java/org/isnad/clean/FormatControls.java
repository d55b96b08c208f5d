package org.isnad.clean;

import java.util.List;

/**
 * Zero-width and bidirectional controls (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, U+FEFF):
 * invisible, yet one between the letters of a word hides it from every lexicon and from the name finder,
 * and U+202E reverses how a title displays. They are removed before analysis; each distinct run removed
 * is recorded once in {@code removed} (a page may carry one after every word).
 */
final class FormatControls {
  private FormatControls() {}

  static boolean isControl(char c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x061C || c == 0xFEFF;
  }

  /** {@code s} without its format controls ({@code s} itself when it has none); null stays null. */
  static String strip(String s, List<String> removed) {
    if (s == null) return null;
    int i = 0;
    int n = s.length();
    while (i < n && !isControl(s.charAt(i))) i++;
    if (i == n) return s;
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      if (isControl(s.charAt(i))) {
        int start = i;
        while (i < n && isControl(s.charAt(i))) i++;
        String run = s.substring(start, i);
        if (!removed.contains(run)) removed.add(run);
      } else {
        out.append(s.charAt(i++));
      }
    }
    return out.toString();
  }
}
