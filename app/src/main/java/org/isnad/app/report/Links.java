package org.isnad.app.report;

/**
 * Where a view's links point: pages of the web server, or anchors inside report.html. Returns
 * {@code null} when the target is not available (report.html leaves out what it caps).
 */
public interface Links {
  String home();

  String story(String id);

  String actor(String id);

  String article(String id);

  String event(String id);

  /** The list of every event placed inside a box (a map cluster), or {@code null} where there is none. */
  default String eventsIn(double south, double west, double north, double east) {
    return null;
  }

  /**
   * Ids in links and anchors: 1 to 2,000 characters, no control characters. Anything else goes (an RSS
   * guid is a URL, with slashes, quotes, brackets and spaces): ids are encoded in links ({@link #segment})
   * and only ever looked up, never used as paths.
   */
  static boolean validId(String id) {
    if (id == null || id.isEmpty() || id.length() > 2000) return false;
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) return false;
    }
    return true;
  }

  /** An id as one URL path segment: UTF-8, percent-encoded except for RFC 3986's unreserved characters. */
  static String segment(String id) {
    if (id.equals(".") || id.equals("..")) return id.replace(".", "%2E"); // else a client resolves it away
    StringBuilder b = new StringBuilder(id.length() + 16);
    for (byte x : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }

  /** An id as an HTML anchor name (ASCII letters, digits, - and _; anything else as its code). */
  static String anchor(String prefix, String id) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        b.append(c);
      } else {
        b.append('.').append(Integer.toHexString(c));
      }
    }
    return b.toString();
  }
}
