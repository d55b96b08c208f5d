package org.isnad.clean;

import java.text.Normalizer;

/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE), the contextual glyphs that old encoders and
 * PDF extractions emit instead of letters ("ﺩﻣﺸﻖ" for "دمشق", "ﻻ" for "لا"), mapped to the base letters
 * by NFKC, applied to those characters only: the rest of the text stays as published.
 */
final class PresentationForms {
  private PresentationForms() {}

  static boolean isPresentationForm(char c) {
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
  }

  /** {@code s} with its presentation forms as base letters ({@code s} itself when it has none); null stays null. */
  static String toLetters(String s) {
    if (s == null) return null;
    int i = 0;
    int n = s.length();
    while (i < n && !isPresentationForm(s.charAt(i))) i++;
    if (i == n) return s;
    StringBuilder out = new StringBuilder(n + 8);
    out.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isPresentationForm(c)) {
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
