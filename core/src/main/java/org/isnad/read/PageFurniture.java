package org.isnad.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.text.LexiconFile;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say it is ({@code lexicon/page-furniture.tsv}): page furniture
 * (navigation, related and most-read lists, comments, share bars, polls, ads, tags, bylines...), part of
 * the article, or hidden by the site's style sheet. Words, not substrings: "prev_next_text" is furniture
 * ("prev", "next"), "headline" is not "ad".
 */
final class PageFurniture {
  enum Kind { FURNITURE, POSITIVE, HIDDEN }

  /** Breakpoint words: "d-none d-md-block" and "d-xl-hide" hide an element on some screens only, so it is shown. */
  private static final Set<String> RESPONSIVE = Set.of("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "tablet",
      "desktop", "print", "on");

  private static final Map<String, Kind> WORDS = load();

  private PageFurniture() {}

  private static Map<String, Kind> load() {
    Map<String, Kind> m = new HashMap<>();
    for (String[] row : LexiconFile.rows("/lexicon/page-furniture.tsv", 2)) {
      m.put(row[0].toLowerCase(Locale.ROOT), Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    return m;
  }

  /** True when the element is page furniture by its class, id or role. */
  static boolean isFurniture(Element e) {
    return has(words(e.className()), Kind.FURNITURE) || has(words(e.id()), Kind.FURNITURE)
        || has(words(e.attr("role")), Kind.FURNITURE);
  }

  /** True when the element's class or id names it as article content ("article-body", "entry-content"). */
  static boolean isPositive(Element e) {
    return has(words(e.className()), Kind.POSITIVE) || has(words(e.id()), Kind.POSITIVE);
  }

  /** True when the style sheet or the style attribute hides the element on every screen. */
  static boolean isHidden(Element e) {
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
    }
    String cls = e.className();
    if (cls.isEmpty()) return false;
    for (String x : words(cls)) if (RESPONSIVE.contains(x)) return false;
    for (String token : cls.split("\\s+")) {
      if (WORDS.get(String.join("", words(token))) == Kind.HIDDEN) return true;
    }
    return false;
  }

  private static boolean has(List<String> words, Kind kind) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (WORDS.get(words.get(i)) == kind) return true;
      if (i + 1 < n && WORDS.get(words.get(i) + words.get(i + 1)) == kind) return true;
      if (i + 2 < n && WORDS.get(words.get(i) + words.get(i + 1) + words.get(i + 2)) == kind) return true;
    }
    return false;
  }

  /** The words of a class or id: cut at every non-letter-or-digit and where a lower-case letter meets an upper-case one. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean word = c < 128 && Character.isLetterOrDigit(c);
      boolean caseBreak = word && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
      if (start >= 0 && (!word || caseBreak)) {
        out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (word && start < 0) start = i;
    }
    return out;
  }
}
