package org.isnad.app.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a list page shows: the same query parameters for the HTML page and its JSON under {@code /api/},
 * so a filtered view is a shareable address. Every value is a plain string compared for equality (ids,
 * type codes, outlet names) or an ISO date prefix; nothing is parsed as a pattern.
 *
 * @param from         earliest date (ISO, inclusive; compared on the date's own precision), or null
 * @param to           latest date (inclusive), or null
 * @param type         PLOVER type (events, claims) or mention type (actors), or null
 * @param outlet       outlet name as written in the data set, or null
 * @param actor        canonical actor id, or null
 * @param place        canonical place id or the place as written, or null
 * @param story        story id, or null
 * @param q            words the title or name must contain (actors, articles), or null
 * @param contradicted only events (and their claims and articles) where outlets disagree
 * @param single       only events resting on one independent source
 * @param bbox         only events placed inside "south,west,north,east" (degrees; a map cluster's link), or null
 * @param sort         a sort key of the list ({@code date}, {@code -date}, {@code outlets}, …), or null for its default
 */
public record Filter(String from, String to, String type, String outlet, String actor, String place, String story,
                     String q, boolean contradicted, boolean single, String bbox, String sort) {
  /** Longest value kept; longer ones are cut (no id or name in a data set comes near it). */
  static final int MAX_VALUE = 300;
  public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, false, false, null, null);

  /** Reads the filter from query parameters; blank values are absent, dates must look like ISO dates. */
  public static Filter of(Function<String, String> param) {
    return new Filter(date(param.apply("from")), date(param.apply("to")), value(param.apply("type")),
        value(param.apply("outlet")), value(param.apply("actor")), value(param.apply("place")),
        value(param.apply("story")), value(param.apply("q")), flag(param.apply("contradicted")),
        flag(param.apply("single")), box(param.apply("bbox")), value(param.apply("sort")));
  }

  private static String value(String v) {
    if (v == null || v.isBlank()) return null;
    String s = v.strip();
    return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) : s;
  }

  /** yyyy, yyyy-MM or yyyy-MM-dd; anything else is ignored. */
  private static String date(String v) {
    String s = value(v);
    if (s == null || !s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return null;
    return s;
  }

  /** Four decimal numbers, south,west,north,east; anything else is ignored. */
  private static String box(String v) {
    String s = value(v);
    if (s == null || !s.matches("-?\\d{1,3}(\\.\\d{1,6})?(,-?\\d{1,3}(\\.\\d{1,6})?){3}")) return null;
    return s;
  }

  /** Whether a point is inside {@link #bbox} (always, without one). */
  public boolean inBox(double lat, double lon) {
    if (bbox == null) return true;
    String[] f = bbox.split(",");
    return lat >= Double.parseDouble(f[0]) && lon >= Double.parseDouble(f[1]) && lat <= Double.parseDouble(f[2])
        && lon <= Double.parseDouble(f[3]);
  }

  private static boolean flag(String v) {
    return v != null && (v.equals("1") || v.equals("on") || v.equals("true"));
  }

  /** True when nothing narrows the list. */
  public boolean isEmpty() {
    return from == null && to == null && type == null && outlet == null && actor == null && place == null
        && story == null && q == null && !contradicted && !single && bbox == null;
  }

  /**
   * Whether an ISO date (any precision: 2018, 2018-04, 2018-W13, 2018-04-07) falls in [from, to]: compared
   * on the common prefix, so "2018-04" is inside from=2018-04-01 to=2018-04-30. Undated values pass only
   * an unbounded range.
   */
  public boolean dateIn(String date) {
    if (from == null && to == null) return true;
    if (date == null || date.length() < 4) return false;
    if (date.length() >= 8 && date.charAt(5) == 'W') date = date.substring(0, 4); // a week: its year
    if (from != null) {
      int n = Math.min(date.length(), from.length());
      if (date.substring(0, n).compareTo(from.substring(0, n)) < 0) return false;
    }
    if (to != null) {
      int n = Math.min(date.length(), to.length());
      if (date.substring(0, n).compareTo(to.substring(0, n)) > 0) return false;
    }
    return true;
  }

  /** The parameters as a query string without {@code page} ("" when none), each value URL-encoded. */
  public String query() {
    Map<String, String> p = params();
    StringBuilder b = new StringBuilder();
    for (var e : p.entrySet()) {
      if (b.length() > 0) b.append('&');
      b.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /** The base of a pager's links: {@code path?query&} (the pager appends {@code page=N}). */
  public String base(String path) {
    String q = query();
    return q.isEmpty() ? path + "?" : path + "?" + q + "&";
  }

  /** The same filter sorted by {@code key} (toggling the direction when it is already sorted so). */
  public Filter sortedBy(String key) {
    String s = key.equals(sort) ? (key.startsWith("-") ? key.substring(1) : "-" + key) : key;
    return new Filter(from, to, type, outlet, actor, place, story, q, contradicted, single, bbox, s);
  }

  /** The parameters in use, in a fixed order (for the page's form and the API's echo). */
  public Map<String, String> params() {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "from", from);
    put(p, "to", to);
    put(p, "type", type);
    put(p, "outlet", outlet);
    put(p, "actor", actor);
    put(p, "place", place);
    put(p, "story", story);
    put(p, "q", q);
    if (contradicted) p.put("contradicted", "1");
    if (single) p.put("single", "1");
    put(p, "bbox", bbox);
    put(p, "sort", sort);
    return p;
  }

  private static void put(Map<String, String> p, String k, String v) {
    if (v != null) p.put(k, v);
  }

  /** Links that sort a list by each key (a column header), as {@code key → href}. */
  public Map<String, String> sortLinks(String path, List<String> keys) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : keys) {
      String q = sortedBy(k).query();
      out.put(k, path + "?" + q);
    }
    return out;
  }

  /** Words of {@link #q} (lower-cased), all of which a name must contain. */
  List<String> words() {
    List<String> w = new ArrayList<>();
    if (q == null) return w;
    for (String s : q.toLowerCase(java.util.Locale.ROOT).split("\\s+")) if (!s.isEmpty()) w.add(s);
    return w;
  }
}
