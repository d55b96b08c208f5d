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

  /** Ids in links and anchors: letters, digits and {@code - _ . : #}, 1 to 200 of them. */
  static boolean validId(String id) {
    if (id == null || id.isEmpty() || id.length() > 200) return false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '#')) return false;
    }
    return !id.equals(".") && !id.equals("..");
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
