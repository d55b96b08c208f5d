package org.isnad.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures as numbers for inline SVG: a map of event locations over country outlines, a timeline of
 * events per day, the framing axis. Only coordinates and path data (digits, M, L, Z) come from here;
 * every label goes to the template as text, which escapes it.
 *
 * <p>The outlines are Natural Earth's Admin 0 countries at 1:50m (public domain), from the world-atlas
 * 2.0.2 TopoJSON, cut to the Middle East (resources {@code static/map/middle-east.geojson}, made by
 * {@code make_map.py} beside it).
 */
public final class Charts {
  private Charts() {}

  private record Ring(double[] lon, double[] lat) {}

  private static final List<Ring> RINGS = loadRings();
  /** The area the outlines cover: points outside it are counted, not drawn. */
  private static final double LON_MIN = 24, LAT_MIN = 10, LON_MAX = 64, LAT_MAX = 44;

  private static List<Ring> loadRings() {
    try (InputStream in = Charts.class.getResourceAsStream("/static/map/middle-east.geojson")) {
      if (in == null) throw new IOException("static/map/middle-east.geojson is missing from the classpath");
      JsonNode fc = Dataset.JSON.readTree(in);
      List<Ring> rings = new ArrayList<>();
      for (JsonNode f : fc.path("features")) {
        for (JsonNode poly : f.path("geometry").path("coordinates")) {
          JsonNode r = poly.path(0);
          double[] lon = new double[r.size()], lat = new double[r.size()];
          for (int i = 0; i < r.size(); i++) {
            lon[i] = r.get(i).get(0).asDouble();
            lat[i] = r.get(i).get(1).asDouble();
          }
          rings.add(new Ring(lon, lat));
        }
      }
      return rings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Points closer than this on the drawn map (pixels) are drawn as one cluster. */
  static final double CLUSTER_PX = 22;
  /** Event titles listed in a cluster's tooltip; the rest are counted, and the cluster links to all. */
  static final int TITLES_PER_POINT = 15;

  /** Where a cluster links: the list of every event inside a box (south, west, north, east), or null. */
  public interface BoxLinks {
    String events(double south, double west, double north, double east);
  }

  /**
   * A map of where events happened: places closer than {@link #CLUSTER_PX} on the drawing merge into one
   * cluster (the busiest first), its area by the number of events in it, its tooltip listing them, its
   * link going to the list of every one of them (or to the event itself when it holds one).
   *
   * @param hrefOf  link of one event (may return null)
   * @param boxHref link of the events in a box (may be null: report.html has no such list)
   * @param titleOf an event's title for the tooltip
   */
  public static Map<String, Object> map(Collection<Dataset.EventRef> events, java.util.function.Function<Dataset.EventRef, String> hrefOf,
                                        BoxLinks boxHref, java.util.function.Function<Dataset.EventRef, String> titleOf) {
    Map<String, double[]> at = new LinkedHashMap<>();
    Map<String, List<Dataset.EventRef>> evs = new LinkedHashMap<>();
    Map<String, String> label = new LinkedHashMap<>();
    Map<Coordinates, String> keyOf = new java.util.HashMap<>();
    int outside = 0, unplaced = 0;
    for (Dataset.EventRef e : events) {
      Dataset.Place loc = e.location();
      if (loc == null || !loc.placed()) {
        unplaced++;
        continue;
      }
      double lat = loc.lat(), lon = loc.lon();
      if (lon < LON_MIN || lon > LON_MAX || lat < LAT_MIN || lat > LAT_MAX) {
        outside++;
        continue;
      }
      // a place to two decimals (about 1 km); events share few coordinates, each formatted once
      String key = keyOf.computeIfAbsent(new Coordinates(lat, lon),
          c -> String.format(Locale.ROOT, "%.2f,%.2f", c.lat(), c.lon()));
      at.putIfAbsent(key, new double[] {lat, lon});
      evs.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      label.putIfAbsent(key, loc.text() != null ? loc.text() : loc.entity() != null ? loc.entity() : "");
    }
    // the view: Syria and its neighbours, widened to take in every point
    double w0 = 34.5, e0 = 42.5, s0 = 31.0, n0 = 37.8;
    for (double[] p : at.values()) {
      w0 = Math.min(w0, p[1] - 0.5);
      e0 = Math.max(e0, p[1] + 0.5);
      s0 = Math.min(s0, p[0] - 0.5);
      n0 = Math.max(n0, p[0] + 0.5);
    }
    double kx = Math.cos(Math.toRadians((s0 + n0) / 2));
    double width = 640, scale = width / ((e0 - w0) * kx), height = Math.round((n0 - s0) * scale);
    final double W = w0, N = n0, S = scale;
    java.util.function.DoubleUnaryOperator px = lon -> (lon - W) * kx * S;
    java.util.function.DoubleUnaryOperator py = lat -> (N - lat) * S;
    List<String> paths = new ArrayList<>();
    for (Ring r : RINGS) {
      boolean visible = false;
      for (int i = 0; i < r.lon.length && !visible; i++) {
        visible = r.lon[i] >= w0 - 3 && r.lon[i] <= e0 + 3 && r.lat[i] >= s0 - 3 && r.lat[i] <= n0 + 3;
      }
      if (!visible) continue;
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < r.lon.length; i++) {
        d.append(i == 0 ? 'M' : 'L').append(num(px.applyAsDouble(r.lon[i]))).append(',')
            .append(num(py.applyAsDouble(r.lat[i])));
      }
      paths.add(d.append('Z').toString());
    }
    // clusters: the busiest places first, each taking in the places near it not yet taken
    List<String> keys = new ArrayList<>(at.keySet());
    keys.sort(java.util.Comparator.comparingInt((String k) -> -evs.get(k).size()).thenComparing(k -> k));
    List<List<String>> clusters = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (String key : keys) {
      if (!taken.add(key)) continue;
      double[] p = at.get(key);
      double x = px.applyAsDouble(p[1]), y = py.applyAsDouble(p[0]);
      List<String> members = new ArrayList<>(List.of(key));
      for (String other : keys) {
        if (taken.contains(other)) continue;
        double[] q = at.get(other);
        if (Math.hypot(px.applyAsDouble(q[1]) - x, py.applyAsDouble(q[0]) - y) <= CLUSTER_PX) {
          taken.add(other);
          members.add(other);
        }
      }
      clusters.add(members);
    }
    int max = 1;
    for (List<String> c : clusters) max = Math.max(max, c.stream().mapToInt(k -> evs.get(k).size()).sum());
    List<Map<String, Object>> points = new ArrayList<>();
    List<double[]> placed = new ArrayList<>();
    for (List<String> c : clusters) {
      double[] p = at.get(c.get(0));
      double x = px.applyAsDouble(p[1]), y = py.applyAsDouble(p[0]);
      double s = 90, w = 180, n = -90, e = -180;
      List<Dataset.EventRef> all = new ArrayList<>();
      List<String> places = new ArrayList<>();
      for (String k : c) {
        double[] q = at.get(k);
        s = Math.min(s, q[0]);
        n = Math.max(n, q[0]);
        w = Math.min(w, q[1]);
        e = Math.max(e, q[1]);
        all.addAll(evs.get(k));
        places.add(label.get(k));
      }
      all.sort(java.util.Comparator.comparing((Dataset.EventRef ev) -> ev.date() == null ? "" : ev.date()).thenComparing(Dataset.EventRef::id));
      List<String> titles = new ArrayList<>();
      for (Dataset.EventRef ev : all.subList(0, Math.min(TITLES_PER_POINT, all.size()))) titles.add(titleOf.apply(ev));
      String href = all.size() == 1 ? hrefOf.apply(all.get(0))
          : boxHref == null ? null : boxHref.events(s - 0.005, w - 0.005, n + 0.005, e + 0.005);
      int count = all.size();
      double r = 4 + 10 * Math.sqrt((double) count / max);
      // a name unless it would overlap a name already placed
      boolean free = placed.size() < 40;
      for (double[] q : placed) free &= Math.abs(q[0] - x) > 80 || Math.abs(q[1] - y) > 18;
      if (free) placed.add(new double[] {x, y});
      String name = label.get(c.get(0)) + (c.size() > 1 ? " +" + (c.size() - 1) : "");
      points.add(Views.m("x", num(x), "y", num(y), "r", num(r), "count", count, "label", name,
          "places", places, "titles", titles, "moreTitles", count - titles.size(), "named", free,
          "labelY", num(y - r - 3), "href", href));
    }
    return Views.m("width", (int) width, "height", (int) height, "paths", paths, "points", points,
        "outside", outside, "unplaced", unplaced);
  }

  private record Coordinates(double lat, double lon) {}

  /** The share of dated events the timeline may leave out at each end (stray dates: 1918, 2068). */
  static final double TAIL = 0.02;

  /**
   * Events per day, the earliest day on the right (the page reads right to left), over the bulk of the
   * data: the days from the 2nd to the 98th percentile of event dates (a stray year does not squash the
   * rest into one spike); events outside are counted in the caption. A y-axis with its scale; date labels
   * spaced so they cannot overlap; by month when the span is long.
   */
  public static Map<String, Object> timeline(Collection<Dataset.EventRef> events) {
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    // events share few distinct dates: each is parsed once
    Map<String, LocalDate> parsed = new java.util.HashMap<>();
    int undated = 0, total = 0;
    for (Dataset.EventRef e : events) {
      String iso = e.date();
      LocalDate d = iso == null ? null : parsed.computeIfAbsent(iso, Charts::date);
      if (d == null) {
        undated++;
        continue;
      }
      perDay.merge(d, 1, Integer::sum);
      total++;
    }
    int width = 640, height = 150, base = 120, left = 40, right = 10, top = 12;
    List<Map<String, Object>> bars = new ArrayList<>();
    List<Map<String, Object>> ticks = new ArrayList<>();
    List<Map<String, Object>> yTicks = new ArrayList<>();
    int before = 0, after = 0;
    LocalDate first = null, last = null;
    if (!perDay.isEmpty()) {
      long cut = (long) Math.floor(total * TAIL), seen = 0;
      for (var en : perDay.entrySet()) {
        seen += en.getValue();
        if (first == null && seen > cut) first = en.getKey();
      }
      seen = 0;
      for (var en : perDay.descendingMap().entrySet()) {
        seen += en.getValue();
        if (last == null && seen > cut) last = en.getKey();
      }
      for (var en : perDay.entrySet()) {
        if (en.getKey().isBefore(first)) before += en.getValue();
        if (en.getKey().isAfter(last)) after += en.getValue();
      }
      long days = ChronoUnit.DAYS.between(first, last) + 1;
      double plot = width - left - right, step = plot / days;
      int max = 1;
      for (var en : perDay.subMap(first, true, last, true).entrySet()) max = Math.max(max, en.getValue());
      for (var en : perDay.subMap(first, true, last, true).entrySet()) {
        long i = ChronoUnit.DAYS.between(first, en.getKey());
        double x = width - right - (i + 1) * step;
        double h = Math.max(1.5, (base - top) * en.getValue() / (double) max);
        bars.add(Views.m("x", num(x + step * 0.1), "w", num(Math.max(0.8, step * 0.8)), "y", num(base - h),
            "h", num(h), "date", en.getKey().toString(), "count", en.getValue()));
      }
      // y: 0, half and the maximum
      for (int v : new int[] {0, max / 2, max}) {
        if (v == max / 2 && (v == 0 || v == max)) continue;
        yTicks.add(Views.m("y", num(base - (base - top) * v / (double) max), "label", String.format(Locale.ROOT, "%,d", v)));
      }
      // x: at most one label per 90 px; by month past half a year
      boolean byMonth = days > 183;
      int slots = (int) Math.max(1, Math.floor(plot / 90));
      if (byMonth) {
        LocalDate m = first.withDayOfMonth(1);
        if (m.isBefore(first)) m = m.plusMonths(1);
        long months = ChronoUnit.MONTHS.between(m, last) + 1;
        long every = Math.max(1, (months + slots - 1) / slots);
        for (LocalDate d = m; !d.isAfter(last); d = d.plusMonths(every)) {
          long i = ChronoUnit.DAYS.between(first, d);
          ticks.add(Views.m("x", num(width - right - (i + 0.5) * step), "label", d.toString().substring(0, 7)));
        }
      } else {
        long every = Math.max(1, (days + slots - 1) / slots);
        for (long i = 0; i < days; i += every) {
          ticks.add(Views.m("x", num(width - right - (i + 0.5) * step), "label", first.plusDays(i).toString()));
        }
      }
    }
    return Views.m("width", width, "height", height, "base", base, "left", left, "right", width - right, "top", top,
        "bars", bars, "ticks", ticks, "yTicks", yTicks, "undated", undated, "days", perDay.size(),
        "first", first == null ? null : first.toString(), "last", last == null ? null : last.toString(),
        "before", before, "after", after);
  }

  static LocalDate date(String iso) {
    if (iso == null || iso.length() < 10) return null;
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The framing axis: one dot per outlet at its place, the higher (government vocabulary) end on the
   * left, as the page reads right to left from the opposition's end.
   */
  public static Map<String, Object> framingAxis(List<Map<String, Object>> outlets) {
    double lo = -1, hi = 1;
    for (Map<String, Object> o : outlets) {
      double a = ((Number) o.get("axis")).doubleValue();
      lo = Math.min(lo, a);
      hi = Math.max(hi, a);
    }
    int width = 640, rowH = 26, top = 30;
    double span = hi - lo;
    List<Map<String, Object>> dots = new ArrayList<>();
    int row = 0;
    for (Map<String, Object> o : outlets) {
      double a = ((Number) o.get("axis")).doubleValue();
      double x = 20 + (hi - a) / span * (width - 40);
      dots.add(Views.m("x", num(x), "y", top + row * rowH, "name", o.get("name"),
          "axis", String.format(Locale.ROOT, "%+.2f", a), "anchor", x < width / 2.0 ? "start" : "end",
          "tx", num(x < width / 2.0 ? x + 8 : x - 8)));
      row++;
    }
    double zero = 20 + (hi - 0) / span * (width - 40);
    return Views.m("width", width, "height", top + Math.max(1, row) * rowH, "zero", num(zero), "dots", dots,
        "top", top - 14, "bottom", top + Math.max(1, row) * rowH - 10);
  }
}
