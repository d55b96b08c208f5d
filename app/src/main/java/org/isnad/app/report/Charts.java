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

  /**
   * A map of where events happened: one point per place, its area by the number of events there.
   *
   * @param hrefOf link for a place's first event (may return null)
   */
  public static Map<String, Object> map(Collection<JsonNode> events, java.util.function.Function<JsonNode, String> hrefOf) {
    Map<String, double[]> at = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, String> label = new LinkedHashMap<>();
    Map<String, String> href = new LinkedHashMap<>();
    int outside = 0, unplaced = 0;
    for (JsonNode e : events) {
      JsonNode loc = e.path("location");
      if (!loc.path("lat").isNumber() || !loc.path("lon").isNumber()) {
        unplaced++;
        continue;
      }
      double lat = loc.path("lat").asDouble(), lon = loc.path("lon").asDouble();
      if (lon < LON_MIN || lon > LON_MAX || lat < LAT_MIN || lat > LAT_MAX) {
        outside++;
        continue;
      }
      String key = String.format(Locale.ROOT, "%.2f,%.2f", lat, lon);
      at.putIfAbsent(key, new double[] {lat, lon});
      count.merge(key, 1, Integer::sum);
      label.putIfAbsent(key, loc.path("text").asText(loc.path("entity").asText("")));
      href.putIfAbsent(key, hrefOf.apply(e));
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
    int max = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Map<String, Object>> points = new ArrayList<>();
    // the busiest places first: each gets its name unless it would overlap a name already placed
    List<String> keys = new ArrayList<>(at.keySet());
    keys.sort(java.util.Comparator.comparingInt((String k) -> -count.get(k)));
    List<double[]> placed = new ArrayList<>();
    for (String key : keys) {
      double[] p = at.get(key);
      int n = count.get(key);
      double x = px.applyAsDouble(p[1]), y = py.applyAsDouble(p[0]);
      boolean free = placed.size() < 40;
      for (double[] q : placed) free &= Math.abs(q[0] - x) > 70 || Math.abs(q[1] - y) > 16;
      if (free) placed.add(new double[] {x, y});
      points.add(Views.m("x", num(x), "y", num(y), "r", num(4 + 10 * Math.sqrt((double) n / max)), "count", n,
          "label", label.get(key), "named", free, "href", href.get(key)));
    }
    return Views.m("width", (int) width, "height", (int) height, "paths", paths, "points", points,
        "outside", outside, "unplaced", unplaced);
  }

  /** Events per day, the earliest day on the right (the page reads right to left). */
  public static Map<String, Object> timeline(Collection<JsonNode> events) {
    TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    int undated = 0;
    for (JsonNode e : events) {
      LocalDate d = date(e.path("date").asText(null));
      if (d == null) {
        undated++;
        continue;
      }
      perDay.merge(d, 1, Integer::sum);
    }
    int width = 640, height = 120, base = 100;
    List<Map<String, Object>> bars = new ArrayList<>();
    List<Map<String, Object>> ticks = new ArrayList<>();
    if (!perDay.isEmpty()) {
      LocalDate first = perDay.firstKey(), last = perDay.lastKey();
      long days = ChronoUnit.DAYS.between(first, last) + 1;
      double step = (double) (width - 20) / days;
      int max = perDay.values().stream().mapToInt(Integer::intValue).max().orElse(1);
      for (var en : perDay.entrySet()) {
        long i = ChronoUnit.DAYS.between(first, en.getKey());
        double x = width - 10 - (i + 1) * step;
        double h = Math.max(2, (base - 10) * en.getValue() / (double) max);
        bars.add(Views.m("x", num(x + step * 0.1), "w", num(Math.max(1, step * 0.8)), "y", num(base - h),
            "h", num(h), "date", en.getKey().toString(), "count", en.getValue()));
      }
      int nTicks = (int) Math.min(days, 6);
      for (int t = 0; t < nTicks; t++) {
        long i = nTicks == 1 ? 0 : Math.round(t * (days - 1) / (double) (nTicks - 1));
        ticks.add(Views.m("x", num(width - 10 - (i + 0.5) * step), "label", first.plusDays(i).toString()));
      }
    }
    return Views.m("width", width, "height", height, "base", base, "bars", bars, "ticks", ticks,
        "undated", undated, "days", perDay.size());
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
