package org.isnad.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reader's title for an event instead of its id: type, who did it, to whom, where, when
 * ("هجوم: قوات النظام ← دوما · الغوطة الشرقية · 2018-04-07"). Names come from the event's roles (its
 * {@code actor}/{@code target} lists when linking writes them, else its {@code actors}), each as its
 * catalogue label when known.
 */
public final class EventTitle {
  /** PLOVER event types in Arabic and English (the code is kept beside them on pages). */
  private static final Map<String, String[]> TYPES = Map.ofEntries(Map.entry("AGREE", new String[] {"اتفاق", "Agree"}),
      Map.entry("CONSULT", new String[] {"تشاور", "Consult"}), Map.entry("SUPPORT", new String[] {"دعم", "Support"}),
      Map.entry("CONCEDE", new String[] {"تنازل", "Concede"}), Map.entry("COOPERATE", new String[] {"تعاون", "Cooperate"}),
      Map.entry("AID", new String[] {"مساعدة", "Aid"}), Map.entry("RETREAT", new String[] {"انسحاب أو إجلاء", "Retreat"}),
      Map.entry("REQUEST", new String[] {"طلب", "Request"}), Map.entry("ACCUSE", new String[] {"اتهام", "Accuse"}),
      Map.entry("REJECT", new String[] {"رفض أو نفي", "Reject"}), Map.entry("THREATEN", new String[] {"تهديد", "Threaten"}),
      Map.entry("PROTEST", new String[] {"احتجاج", "Protest"}), Map.entry("SANCTION", new String[] {"عقوبات", "Sanction"}),
      Map.entry("MOBILIZE", new String[] {"تعبئة", "Mobilize"}), Map.entry("COERCE", new String[] {"إكراه", "Coerce"}),
      Map.entry("ASSAULT", new String[] {"هجوم", "Assault"}), Map.entry("STATEMENT", new String[] {"تصريح", "Statement"}));

  private EventTitle() {}

  /** The type's name in the UI language ({@code ar} or {@code en}); the code itself when unknown. */
  public static String typeName(String code, String lang) {
    String[] n = code == null ? null : TYPES.get(code);
    if (n == null) return code == null ? "" : code;
    return "en".equals(lang) ? n[1] : n[0];
  }

  /** Every known type code, for the filter's choices. */
  public static List<String> codes() {
    List<String> c = new ArrayList<>(TYPES.keySet());
    c.sort(null);
    return c;
  }

  /** The names in the event's actor role (its {@code actor} list, else its {@code actors}). */
  static List<String> names(Dataset.EventRef ev, String role, Dataset data, int max) {
    List<String> out = new ArrayList<>();
    List<Dataset.Role> list = role.equals("actor") ? (ev.actor() != null ? ev.actor() : ev.actors())
        : ev.target() == null ? List.of() : ev.target();
    for (Dataset.Role r : list) {
      if (out.size() >= max) break;
      String e = r.entity();
      Dataset.Actor a = e == null ? null : data.actor(e);
      String name = a != null && a.label() != null ? a.label() : r.text() != null ? r.text() : e == null ? "" : e;
      if (!name.isEmpty() && !out.contains(name)) out.add(name);
    }
    return out;
  }

  private static String place(Dataset.EventRef ev) {
    Dataset.Place loc = ev.location();
    return loc == null || loc.text() == null ? "" : loc.text();
  }

  /**
   * The title in three parts for pages, which isolate the place and the date so an ISO date keeps its
   * left-to-right order inside right-to-left text: {@code head} (type and roles), {@code place}, {@code date}.
   */
  public static Map<String, Object> parts(Dataset.EventRef ev, Dataset data, String lang) {
    String place = place(ev);
    return Views.m("head", head(ev, data, lang), "place", place.isEmpty() ? null : place, "date", ev.date());
  }

  private static String head(Dataset.EventRef ev, Dataset data, String lang) {
    StringBuilder b = new StringBuilder(typeName(ev.type(), lang));
    List<String> actors = names(ev, "actor", data, 2), targets = names(ev, "target", data, 2);
    if (!actors.isEmpty() || !targets.isEmpty()) {
      b.append(": ").append(String.join("، ", actors));
      if (!targets.isEmpty()) b.append(actors.isEmpty() ? "" : " ").append("← ").append(String.join("، ", targets));
    }
    return b.toString();
  }

  /** The title: "type: actors ← targets · place · date", leaving out what the event lacks. */
  public static String of(Dataset.EventRef ev, Dataset data, String lang) {
    StringBuilder b = new StringBuilder(head(ev, data, lang));
    String place = place(ev);
    if (!place.isEmpty()) b.append(" · ").append(place);
    if (ev.date() != null) b.append(" · ").append(ev.date());
    return b.toString();
  }
}
