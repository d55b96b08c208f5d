package org.isnad.read;

/**
 * A plain-text article: an optional title line and the body. SPEC: the first line is the title when it
 * is short and has no final punctuation, and more text follows it; otherwise there is no title and the
 * first line is part of the body.
 */
record PlainText(String title, String body) {
  /** Longest first line (in characters) still taken as a title. */
  static final int MAX_TITLE = 150;

  static PlainText of(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    int nl = t.indexOf('\n');
    if (nl < 0) return new PlainText(null, t);
    String first = t.substring(0, nl).strip();
    String rest = t.substring(nl + 1).strip();
    if (!first.isEmpty() && first.length() <= MAX_TITLE && !endsWithPunctuation(first) && !rest.isEmpty()) {
      return new PlainText(first, rest);
    }
    return new PlainText(null, t);
  }

  private static boolean endsWithPunctuation(String s) {
    int i = s.length() - 1;
    while (i > 0 && "\"'»”’)]".indexOf(s.charAt(i)) >= 0) i--; // a title may end with a quoted name
    return ".!?؟:;؛,،…".indexOf(s.charAt(i)) >= 0;
  }
}
