package org.isnad.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * HTML entities left in crawled text, and the stray {@code &} that entity stripping leaves behind.
 *
 * <p>Real entities ({@code &quot;}, {@code &#39;}, {@code &amp;}, {@code &nbsp;}) are decoded, since
 * they stand for characters of the article; an entity that decodes to a space or nothing
 * ({@code &nbsp;}, {@code &zwnj;}) is recorded as removed. A bare {@code &} is kept when it joins two
 * words, as in names ("AT&T", "S&P 500", "Dolce&Gabbana", "سي & تي", "لايف&ستايل"); it is removed
 * (and recorded) when it is residue: in a run with other {@code &}s ("& & &", "&&"), at the start or
 * end of a line, next to punctuation, or glued to one Arabic word with a space on its other side
 * ("قال& إن"), which is what an entity whose name was stripped leaves.
 */
final class EntityResidue {
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31})(;?)");
  /** Entities browsers also decode without the final semicolon. */
  private static final Pattern BARE_OK = Pattern.compile("nbsp|amp|quot|lt|gt|NBSP|AMP|QUOT|LT|GT");
  /** An entity split into tokens by a crawl that spaced out punctuation ("اطارات & quot ; للتشويش & quot ;"). */
  private static final Pattern SPACED = Pattern.compile("&\\s+(quot|amp|nbsp|lt|gt|#\\d{2,5})\\s+;");
  private static final Pattern RUN = Pattern.compile("&(?:[\\s\\p{Punct}&&[^\\n]]*&)+");

  private EntityResidue() {}

  /** {@code line} with entities decoded and stray {@code &} removed; removed strings are added to {@code removed}. */
  static String clean(String line, List<String> removed) {
    if (line.indexOf('&') < 0) return line;
    String s = line;
    Matcher spaced = SPACED.matcher(s);
    if (spaced.find()) s = spaced.replaceAll("&$1;"); // a tokenised crawl: "& quot ;"
    s = decodeEntities(s, removed);
    if (s.indexOf('&') >= 0 && !s.equals(line)) s = decodeEntities(s, removed); // double-encoded: "&amp;nbsp;"
    if (s.indexOf('&') < 0) return s;
    // runs of several '&' (with spaces or punctuation between): never part of a name
    Matcher run = RUN.matcher(s);
    if (run.find()) {
      StringBuilder sb = new StringBuilder();
      int last = 0;
      do {
        sb.append(s, last, run.start()).append(' ');
        removed.add(run.group().strip());
        last = run.end();
      } while (run.find());
      sb.append(s, last, s.length());
      s = sb.toString();
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' && isStray(s, i)) {
        removed.add("&");
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String decodeEntities(String s, List<String> removed) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      String body = m.group(1);
      boolean semi = !m.group(2).isEmpty();
      String decoded = decode(body, semi);
      if (decoded == null) continue;
      if (sb == null) sb = new StringBuilder(s.length());
      sb.append(s, last, m.start());
      if (decoded.isBlank()) {
        removed.add(m.group());
        sb.append(decoded.isEmpty() ? "" : " ");
      } else {
        sb.append(decoded);
      }
      last = m.end();
    }
    if (sb == null) return s;
    sb.append(s, last, s.length());
    return sb.toString();
  }

  /** The decoded characters, or null when {@code body} is not an entity (then the '&' is left to {@link #isStray}). */
  private static String decode(String body, boolean semi) {
    if (body.charAt(0) == '#') {
      try {
        int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
            ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
        if (!Character.isValidCodePoint(cp) || cp == 0) return null;
        String d = new String(Character.toChars(cp));
        return cp == 0xA0 || cp == 0x200B || cp == 0xFEFF ? (cp == 0xA0 ? " " : "") : d;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (!semi && !BARE_OK.matcher(body).matches()) return null;
    if (!Entities.isNamedEntity(body)) return null;
    String d = Entities.getByName(body);
    if (d.isEmpty()) return null;
    if (d.equals("\u00A0") || d.equals("\u2009") || d.equals("\u2002") || d.equals("\u2003")) return " ";
    if (d.equals("\u200C") || d.equals("\u200D") || d.equals("\u200B") || d.equals("\u00AD")) return "";
    return d;
  }

  /** True when the '&' at {@code i} does not join two words. */
  private static boolean isStray(String s, int i) {
    int before = i - 1;
    int after = i + 1;
    boolean gluedBefore = before >= 0 && Character.isLetterOrDigit(s.charAt(before));
    boolean gluedAfter = after < s.length() && Character.isLetterOrDigit(s.charAt(after));
    while (before >= 0 && s.charAt(before) == ' ') before--;
    while (after < s.length() && s.charAt(after) == ' ') after++;
    if (before < 0 || after >= s.length()) return true; // start or end of line
    char b = s.charAt(before);
    char a = s.charAt(after);
    if (!Character.isLetterOrDigit(b) || !Character.isLetterOrDigit(a)) {
      // next to punctuation; names may still end in a dot or sit in quotes ("S&P" in «...»), keep those
      return !(Character.isLetterOrDigit(b) && (a == '"' || a == '«' || a == '“') && gluedBefore)
          && !(Character.isLetterOrDigit(a) && gluedAfter && (b == '"' || b == '«' || b == '“' || b == '('));
    }
    // glued on exactly one side to an Arabic word: the trace of a stripped entity, not a name
    if (gluedBefore != gluedAfter) {
      char glued = gluedBefore ? s.charAt(i - 1) : s.charAt(i + 1);
      return glued >= 0x0600 && glued <= 0x06FF;
    }
    return false;
  }
}
