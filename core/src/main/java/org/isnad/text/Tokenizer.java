package org.isnad.text;

/**
 * Splits text into word, number, Latin and punctuation tokens with exact offsets.
 *
 * <p>A word is a run of Arabic letters with its diacritics and tatweel; a number is a run of digits of
 * any of the three scripts with internal separators ("1,500", "2.5", "٣٫٥"); Latin runs are kept whole;
 * every other non-space character is a one-character punctuation token. Underscores split hashtags
 * ("#عاصي_الحلاني") into their words.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static Tokens tokenize(String text) {
    Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E' || c == '_') {
        i++;
      } else if (ArabicNormalizer.isArabicLetter(c) || (ArabicNormalizer.isWordMark(c) && c == 0x0640)) {
        int s = i;
        while (i < n && (ArabicNormalizer.isArabicLetter(text.charAt(i)) || ArabicNormalizer.isWordMark(text.charAt(i)))) i++;
        t.add(s, i, Tokens.WORD);
      } else if (ArabicNormalizer.digit(c) >= 0) {
        int s = i;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (ArabicNormalizer.digit(d) >= 0) {
            i++;
          } else if ((d == '.' || d == ',' || d == '٫' || d == '٬') && i + 1 < n && ArabicNormalizer.digit(text.charAt(i + 1)) >= 0) {
            i += 2;
          } else {
            break;
          }
        }
        t.add(s, i, Tokens.NUMBER);
      } else if (Character.isLetter(c)) {
        int s = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) && !ArabicNormalizer.isArabicLetter(text.charAt(i)))) i++;
        t.add(s, i, Tokens.LATIN);
      } else if (ArabicNormalizer.isWordMark(c)) {
        i++; // a stray diacritic outside a word
      } else {
        if (Character.isHighSurrogate(c) && i + 1 < n) {
          t.add(i, i + 2, Tokens.PUNCT);
          i += 2;
        } else {
          t.add(i, i + 1, Tokens.PUNCT);
          i++;
        }
      }
    }
    t.finish(new StringBuilder(32));
    return t;
  }
}
