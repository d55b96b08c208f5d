package org.isnad.text;

/** Whitespace as crawled pages carry it: every kind of Unicode space, zero-width spaces, byte-order marks. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * Runs of spaces, tabs, line breaks, no-break and other Unicode spaces become one space, leading and
   * trailing ones go; zero-width spaces and BOMs go. For one line of text (a paragraph).
   */
  public static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200B' || c == '\uFEFF') continue;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\f' || c == '\u000B' || (c >= '\u2000' && c <= '\u200A')
          || c == '\u202F' || c == '\u205F' || c == '\u3000') {
        space = b.length() > 0;
      } else {
        if (space) b.append(' ');
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
