package org.isnad.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who covers a story: each outlet with its side, and each event with the sides of the outlets that
 * report it, so that what only one side reports stands out. An outlet's side is the sign of its place on
 * framing.json's axis (above zero: closer to the Syrian government's vocabulary; below: to the
 * opposition's); an outlet the framing stage did not place has no side.
 */
public final class Coverage {
  public static final String GOV = "gov", OPP = "opp", NONE = "none";

  private Coverage() {}

  /** The side of an outlet from framing.json. */
  static String side(Dataset data, String outlet) {
    JsonNode p = data.framing().path("outlets").path(outlet == null ? "" : outlet);
    if (!p.path("axis").isNumber()) return NONE;
    double a = p.path("axis").asDouble();
    return a > 0 ? GOV : a < 0 ? OPP : NONE;
  }

  /** The coverage of story {@code id}, or {@code null} when there is no such story. */
  public static Map<String, Object> of(Dataset data, ListViews lists, String id, String lang) {
    JsonNode s = data.story(id);
    if (s == null) return null;
    Map<String, int[]> perOutlet = new TreeMap<>(); // outlet -> {articles, events}
    for (JsonNode a : s.path("articles")) {
      Dataset.ArticleRef r = data.article(a.asText());
      if (r != null) perOutlet.computeIfAbsent(r.outlet() == null ? "" : r.outlet(), k -> new int[2])[0]++;
    }
    List<Map<String, Object>> events = new ArrayList<>();
    int oneSided = 0;
    for (JsonNode e : s.path("events")) {
      Dataset.EventRef ev = data.eventRef(e.asText());
      if (ev == null) continue;
      Set<String> gov = new LinkedHashSet<>(), opp = new LinkedHashSet<>(), none = new LinkedHashSet<>();
      for (String o : ev.outlets()) {
        String name = o == null ? "" : o;
        perOutlet.computeIfAbsent(name, k -> new int[2])[1]++;
        switch (side(data, name)) {
          case GOV -> gov.add(name);
          case OPP -> opp.add(name);
          default -> none.add(name);
        }
      }
      String only = !gov.isEmpty() && opp.isEmpty() ? GOV : gov.isEmpty() && !opp.isEmpty() ? OPP : null;
      if (only != null) oneSided++;
      Map<String, Object> row = lists.eventRow(ev, lang);
      row.put("gov", List.copyOf(gov));
      row.put("opp", List.copyOf(opp));
      row.put("unplaced", List.copyOf(none));
      row.put("only", only);
      events.add(row);
    }
    List<Map<String, Object>> outlets = new ArrayList<>();
    int govOutlets = 0, oppOutlets = 0;
    for (var o : perOutlet.entrySet()) {
      String side = side(data, o.getKey());
      if (side.equals(GOV)) govOutlets++;
      if (side.equals(OPP)) oppOutlets++;
      JsonNode p = data.framing().path("outlets").path(o.getKey());
      outlets.add(Views.m("name", o.getKey().isEmpty() ? null : o.getKey(), "side", side,
          "axis", p.path("axis").isNumber() ? String.format(java.util.Locale.ROOT, "%+.2f", p.path("axis").asDouble()) : null,
          "articles", o.getValue()[0], "events", o.getValue()[1]));
    }
    return Views.m("id", id, "title", s.path("title").asText(""), "outlets", outlets, "events", events,
        "govOutlets", govOutlets, "oppOutlets", oppOutlets, "oneSided", oneSided);
  }
}
