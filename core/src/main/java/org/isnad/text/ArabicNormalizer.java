package org.isnad.text;

/**
 * The matching form of Arabic text (SPEC "Arabic text conventions"): diacritics and tatweel dropped,
 * أ إ آ ٱ → ا, ى → ي, Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits, Latin lower-cased.
 * ة and ه stay apart. Stored text is never normalised; only keys used to look things up are.
 *
 * <p>Works on a range of a {@link CharSequence} and appends to a caller's {@link StringBuilder}, so the
 * hot loop allocates nothing of its own.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** The character's matching form, or {@code 0} when it is dropped (diacritic, tatweel, format char). */
  public static char fold(char c) {
    if (c < 0x0600) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    if (c >= 0x064B && c <= 0x065F) return 0; // harakat, shadda, sukun, extended marks
    switch (c) {
      case 0x0640: // tatweel
      case 0x0670: // superscript alef
      case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0x061C: case 0xFEFF:
        return 0;
      case 'أ': case 'إ': case 'آ': case 'ٱ':
        return 'ا';
      case 'ى':
        return 'ي';
      default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) return (char) ('0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9) return (char) ('0' + (c - 0x06F0));
    return c;
  }

  /** Appends the matching form of {@code s[start, end)} to {@code out}. */
  public static StringBuilder normalize(CharSequence s, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char f = fold(s.charAt(i));
      if (f != 0) out.append(f);
    }
    return out;
  }

  /** The matching form of a whole string (for building lexicons and queries, not for hot loops). */
  public static String normalize(CharSequence s) {
    return normalize(s, 0, s.length(), new StringBuilder(s.length())).toString();
  }

  /** True for an Arabic letter (not a diacritic, digit or punctuation mark). */
  public static boolean isArabicLetter(char c) {
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5
        || (c >= 0x06FA && c <= 0x06FC);
  }

  /** True for a character that is dropped in matching but belongs inside a word. */
  public static boolean isWordMark(char c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0640 || c == 0x0670;
  }

  /** Any decimal digit: ASCII, Arabic-Indic or Eastern Arabic-Indic; its value, or -1. */
  public static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
    if (c >= 0x06F0 && c <= 0x06F9) return c - 0x06F0;
    return -1;
  }
}
