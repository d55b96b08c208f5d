package org.isnad.read;

/**
 * An input that could not be read (or a record inside it): the file and the reason, for one stderr line.
 * The reason starts with its kind ("bad JSON line", "empty file", ...), which the run's summary counts;
 * anything particular to the input (an id, a size, the parser's message) comes after it.
 */
public record InputProblem(String path, String reason) {
  /** The reason's leading words, before any ':', '(', ';', ',' or " after ": what the summary counts by. */
  public String kind() {
    int end = reason.length();
    for (String stop : new String[] {":", " (", ";", ",", " after "}) {
      int at = reason.indexOf(stop);
      if (at > 0 && at < end) end = at;
    }
    return reason.substring(0, end).strip();
  }

  /** {@code path: reason}, with control and bidi characters escaped so that the line prints as one, as it is. */
  @Override
  public String toString() {
    return escaped(path) + ": " + escaped(reason);
  }

  /**
   * {@code s} with C0/C1 controls, DEL, and the zero-width and bidi controls written as escapes ({@code \n},
   * {@code \x1b}, {@code \u202e}): a file name holding a newline, an escape sequence or U+202E must not
   * break, colour or reorder the line that names it.
   */
  public static String escaped(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = escape(c);
      if (e == null) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
      b.append(e);
    }
    return b == null ? s : b.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      default: break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return String.format("\\x%02x", (int) c);
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x061C || c == 0xFEFF) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }
}
