package org.isnad.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.LexiconFile;

/**
 * Reads a dateline: the place, and the outlet or agency, that open an article or fill its byline —
 * "دمشق - سانا", "بيروت/وكالات", "سبق- الرياض:", "عين اليوم – جدة", "القاهرة (رويترز) -",
 * "دبي، الإمارات العربية المتحدة (CNN)--", "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس".
 *
 * <p>The head is cut into short segments at dashes, slashes, brackets and commas, up to a colon or the
 * first long segment (the article's first sentence). It is a dateline only when its segments are places
 * ({@code lexicon/boilerplate-dateline-places.tsv}), outlets or agencies ({@code lexicon/outlets.tsv}), or
 * at most one other name (the reporter's), and at least one is a place or an outlet; a comma may only
 * join places, so "دمشق، العاصمة السورية، شهدت ..." is not a dateline.
 */
final class Datelines {
  /** A dateline's place and outlet (either may be null); {@code end} is where it ends in the text read. */
  record Dateline(String place, Outlets.Outlet outlet, int end) {}

  private static final int MAX_HEAD = 90;
  private static final int MAX_SEGMENT_WORDS = 4;

  private final Set<String> places = new HashSet<>();
  private final Outlets outlets;

  Datelines(Outlets outlets) {
    this.outlets = outlets;
    for (String[] row : LexiconFile.rows("/lexicon/boilerplate-dateline-places.tsv", 1)) places.add(Outlets.key(row[0]));
  }

  boolean isPlace(String s) {
    return places.contains(Outlets.key(s));
  }

  private record Segment(String text, char sepBefore, int end) {}

  /** The dateline at the start of {@code s} (an article's first line, or a byline), or null. */
  Dateline read(String s, boolean wholeIsHead) {
    if (s == null || s.isBlank()) return null;
    Dateline wire = wireLine(s);
    if (wire != null) return wire;
    List<Segment> segs = new ArrayList<>();
    int i = 0;
    int n = Math.min(s.length(), MAX_HEAD);
    char sep = 0;
    int start = 0;
    boolean closed = false;
    int end = -1;
    while (i <= n) {
      char c = i < s.length() ? s.charAt(i) : '\n';
      boolean atEnd = i == s.length();
      boolean dash = c == '-' || c == '–' || c == '—' || c == '/' || c == '|'
          || (c == 'ـ' && (i + 1 >= s.length() || s.charAt(i + 1) == ' ' || (i > 0 && s.charAt(i - 1) == ' ')));
      if (atEnd || dash || c == '(' || c == ')' || c == '،' || c == ',' || c == ':' || c == '\n') {
        String seg = s.substring(start, Math.min(i, s.length())).strip();
        if (!seg.isEmpty()) {
          if (words(seg) > MAX_SEGMENT_WORDS) break; // the first sentence
          segs.add(new Segment(seg, sep, i));
        }
        if (c == ':' || atEnd || c == '\n') {
          closed = true;
          end = Math.min(i + 1, s.length());
          break;
        }
        if (!seg.isEmpty() || sep == 0) sep = c;
        start = i + 1;
      }
      i++;
    }
    if (segs.isEmpty()) return null;
    boolean atLineEnd = closed && (end >= s.length() || s.charAt(end - 1) == '\n');
    if (!closed) {
      // ended at a long segment (the first sentence): the head must end with a dash or a bracket, not a comma
      if (sep == '،' || sep == ',' || sep == '(') return null;
      end = start;
    }
    // a segment that is both a place and an outlet ("الرياض") is the place when another segment names the outlet
    int count = segs.size();
    boolean pureOutlet = hasPureOutlet(segs);
    String place = null;
    int placeIndex = -1;
    for (int k = 0; k < count && place == null; k++) {
      String t = segs.get(k).text();
      if (isPlace(t) && (outlets.byName(t) == null || count == 1 || pureOutlet)) {
        place = t;
        placeIndex = k;
      }
    }
    Outlets.Outlet outlet = null;
    int firstOutlet = -1;
    for (int k = 0; k < count; k++) {
      if (k == placeIndex) continue;
      Outlets.Outlet o = outlets.byName(segs.get(k).text());
      if (o == null) continue;
      if (firstOutlet < 0) firstOutlet = k;
      if (outlet == null || outlet.kind() == Outlets.Kind.GENERIC) outlet = o;
    }
    // reporters' names may precede the outlet ("حسن العيسي- سبق- القنفذة:"); after it, an unknown last
    // segment closed by a colon is the place
    if (place == null && firstOutlet >= 0 && count - 1 > firstOutlet && closed && !atLineEnd) {
      Segment last = segs.get(count - 1);
      if (outlets.byName(last.text()) == null && words(last.text()) <= 3 && last.text().chars().noneMatch(Character::isDigit)) {
        place = last.text();
        placeIndex = count - 1;
      }
    }
    int others = 0;
    for (int k = 0; k < count; k++) {
      Segment g = segs.get(k);
      if (k == placeIndex || outlets.byName(g.text()) != null) continue;
      if (isPlace(g.text())) continue; // a second place ("دبي، الإمارات العربية المتحدة"), part of the first
      if (g.text().equals("خاص") || g.text().equals("حصري")) continue; // "(خاص)": the outlet's own report
      boolean beforeOutlet = firstOutlet >= 0 && k < firstOutlet;
      if (beforeOutlet) continue; // a reporter's name
      if (g.sepBefore() == '،' || g.sepBefore() == ',') return null;
      others++;
    }
    if (others > 1 || (place == null && outlet == null)) return null;
    if (count == 1) {
      // one word group alone: a dateline only when it is a place closed by a dash or colon ("القاهرة -"), or a whole byline
      if (place == null || (atLineEnd && !wholeIsHead)) return null;
    }
    return new Dateline(place, outlet, end);
  }

  private boolean hasPureOutlet(List<Segment> segs) {
    for (Segment g : segs) if (outlets.byName(g.text()) != null && !isPlace(g.text())) return true;
    return false;
  }

  /** Saudi Press Agency form: a place, a date, and the agency, alone on a short line. */
  private Dateline wireLine(String s) {
    int nl = s.indexOf('\n');
    String line = (nl < 0 ? s : s.substring(0, nl)).strip();
    if (line.length() > 80 || line.indexOf('.') >= 0 || line.indexOf('،') >= 0) return null;
    String[] w = line.split("\\s+");
    if (w.length < 3) return null;
    Outlets.Outlet o = outlets.byName(w[w.length - 1]);
    if (o == null) return null;
    boolean date = false;
    for (String x : w) date |= x.chars().anyMatch(Character::isDigit);
    if (!date) return null;
    for (int k = Math.min(3, w.length - 1); k >= 1; k--) {
      String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
      if (isPlace(head)) return new Dateline(head, o, nl < 0 ? s.length() : nl);
    }
    return null;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean sp = Character.isWhitespace(s.charAt(i));
      if (!sp && !in) n++;
      in = !sp;
    }
    return n;
  }
}
