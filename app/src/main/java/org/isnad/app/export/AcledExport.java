package org.isnad.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.io.DatasetWriter;
import org.isnad.model.Claim;
import org.isnad.model.Contradiction;
import org.isnad.model.Place;
import org.isnad.model.Ref;
import org.isnad.model.Source;
import org.isnad.text.LexiconFile;

/**
 * One ACLED-shaped row per event ({@code events.jsonl}) whose PLOVER type ACLED codes
 * ({@code lexicon/acled-types.tsv}). Roles come from the event's {@code actor} and {@code target} lists
 * when it has them, else from the roles its claims give most often; admin1 and country from the
 * gazetteer; fatalities, conservatively, from the claims' counts of the dead: the largest count of one
 * claim (a headline figure, not the "including 3 children" after it), the lowest over the claims that
 * give one, 0 when none does; {@code source} the chains of transmission, outlet first; {@code notes} a
 * quote and the disputes.
 */
final class AcledExport {
  static final List<String> COLUMNS = List.of("isnad_event_id", "event_date", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "actor2", "admin1", "country", "location", "latitude", "longitude", "source",
      "notes", "fatalities");
  private static final int ASSOCIATES = 3;
  private static final int CHAINS = 6;
  private static final double ONE_EVENT = 1_000;

  /** What the claims of one event say, gathered in one pass over claims.jsonl. */
  private static final class Facts {
    final Map<String, Integer> actors = new LinkedHashMap<>();
    final Map<String, Integer> targets = new LinkedHashMap<>();
    final Map<String, String> names = new HashMap<>();
    int[] rows;
    Double fatalities;
    final Set<String> chains = new LinkedHashSet<>();
    String quote;
  }

  /** Rows written and events left out. */
  record Result(int rows, int outOfScope) {}

  private final ExportData data;
  private final AcledTypes types = new AcledTypes();
  private final Fatalities dead = new Fatalities();
  private final Map<String, String> admin1 = new HashMap<>();

  AcledExport(ExportData data) {
    this.data = data;
    for (String[] r : LexiconFile.rows("/lexicon/admin1.tsv", 3)) admin1.put(r[0] + "\t" + r[1], r[2]);
  }

  Result write(Path file) throws IOException {
    Map<String, Facts> facts = new HashMap<>();
    try (Stream<Claim> claims = data.data.claims()) {
      claims.forEach(c -> {
        if (c.event() != null) gather(facts.computeIfAbsent(c.event(), k -> new Facts()), c);
      });
    }
    int rows = 0, out = 0;
    try (CsvWriter csv = new CsvWriter(file, COLUMNS); Stream<JsonNode> events = data.data.nodes("events.jsonl")) {
      for (JsonNode e : (Iterable<JsonNode>) events::iterator) {
        Facts f = facts.getOrDefault(e.path("id").asText(), new Facts());
        AcledTypes.Row row = row(e.path("type").asText(), f);
        if (row == null || row.eventType() == null) {
          out++;
          continue;
        }
        row(csv, e, f, row);
        rows++;
      }
    }
    return new Result(rows, out);
  }

  private void gather(Facts f, Claim c) {
    if (f.rows == null) f.rows = new int[types.size()];
    AcledTypes.Row r = types.match(c.type(), c.sentence());
    if (r != null) f.rows[r.index()]++;
    if (!c.negated()) {
      vote(f, f.actors, c.actor());
      vote(f, f.targets, c.target());
      Double d = deadIn(c);
      if (d != null) f.fatalities = f.fatalities == null ? d : Math.min(f.fatalities, d);
    }
    if (f.chains.size() < CHAINS) f.chains.add(chain(data.article(c.article()).outlet(), c.source()));
    if (f.quote == null && !c.negated()) f.quote = c.sentence();
  }

  private void vote(Facts f, Map<String, Integer> votes, Ref r) {
    if (r == null || (r.entity() == null && (r.text() == null || r.text().isBlank()))) return;
    String key = r.entity() != null ? r.entity() : r.text();
    votes.merge(key, 1, Integer::sum);
    f.names.putIfAbsent(key, data.name(r));
  }

  /**
   * The largest count of the dead in one claim, or null when it gives none. A count above
   * {@link #ONE_EVENT} is, in the news of the ANT corpus, a war's, an epidemic's or a genocide's toll ("خلفت
   * الحرب نحو 10 آلاف قتيل", "ستة ملايين يهودي"), not one event's, and is left out.
   */
  private Double deadIn(Claim c) {
    List<ExportData.Count> counts = new ArrayList<>();
    for (String q : c.quantities()) {
      ExportData.Count n = data.count(q);
      if (n != null) counts.add(n);
    }
    Double best = null;
    for (ExportData.Count n : counts) {
      int from = Integer.MIN_VALUE, to = Integer.MAX_VALUE;
      for (ExportData.Count o : counts) {
        if (o.end() <= n.start()) from = Math.max(from, o.end());
        if (o.start() >= n.end()) to = Math.min(to, o.start());
      }
      if (n.value() > ONE_EVENT || !dead.dead(c.sentence(), c.start(), n.start(), n.end(), n.counted(),
          Math.max(from, c.start()), to)) continue;
      best = best == null ? n.value() : Math.max(best, n.value());
    }
    return best;
  }

  /** "فرانس 24 ← وكالة الأنباء السورية الرسمية": the outlet, then each transmitter to the original. */
  static String chain(String outlet, Source s) {
    StringBuilder b = new StringBuilder(outlet == null ? "?" : outlet);
    if (s != null) {
      if (s.chain().isEmpty()) b.append(" ← ").append(s.text());
      for (Ref r : s.chain()) b.append(" ← ").append(r.text());
    }
    return b.toString();
  }

  /** The mapping row most of the event's claims take (the earlier on a tie), or the type's fallback. */
  private AcledTypes.Row row(String type, Facts f) {
    int best = -1;
    if (f.rows != null) {
      for (int i = 0; i < f.rows.length; i++) {
        if (f.rows[i] > 0 && types.row(i).plover().equals(type) && (best < 0 || f.rows[i] > f.rows[best])) best = i;
      }
    }
    return best >= 0 ? types.row(best) : types.match(type, null);
  }

  private void row(CsvWriter csv, JsonNode e, Facts f, AcledTypes.Row row) throws IOException {
    List<String> actors = roles(e.get("actor"), f.actors, f);
    List<String> targets = roles(e.get("target"), f.targets, f);
    if (actors.isEmpty() && targets.isEmpty() && e.get("actor") == null) actors = roles(e.get("actors"), Map.of(), f);
    String actor1 = actors.isEmpty() ? null : actors.get(0);
    String actor2 = targets.stream().filter(t -> !t.equals(actor1)).findFirst().orElse(null);
    // the other actors given for the role (the actor slot's disputes among them), not the target
    String assoc = String.join("; ", actors.stream().skip(1).filter(a -> !a.equals(actor2)).limit(ASSOCIATES).toList());
    Place loc = e.hasNonNull("location") ? ExportJson.place(e.get("location")) : null;
    GeoPlace geo = loc == null ? null : data.place(loc.entity());
    Double lat = loc == null ? null : loc.lat(), lon = loc == null ? null : loc.lon();
    csv.row(e.path("id").asText(), ExportData.text(e.get("date")), row.eventType(), row.subEventType(), actor1,
        assoc.isEmpty() ? null : assoc, actor2, admin1(geo), country(geo),
        geo != null ? geo.label() : loc == null ? null : loc.text(), lat, lon,
        String.join("; ", f.chains), notes(f, e), fatalities(f, e));
  }

  /** Names in a role: the event's own list when it has one, else the claims' votes, most given first. */
  private List<String> roles(JsonNode list, Map<String, Integer> votes, Facts f) {
    List<String> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode r : list) {
        String name = data.name(new Ref(ExportData.text(r.get("text")), ExportData.text(r.get("entity"))));
        if (name != null && !out.contains(name)) out.add(name);
      }
      return out;
    }
    votes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
        .map(en -> f.names.get(en.getKey())).filter(n -> n != null && !out.contains(n)).forEach(out::add);
    return out;
  }

  private String admin1(GeoPlace p) {
    if (p == null || p.admin1() == null || p.admin1().isEmpty()) return null;
    String name = admin1.get(p.country() + "\t" + p.admin1());
    if (name != null) return name;
    // a GeoNames code ("08", "ENG") is written as GeoNames keys it; a curated place gives a name
    return p.admin1().matches("[A-Z0-9]{1,3}") ? p.country() + "." + p.admin1() : p.admin1();
  }

  private static String country(GeoPlace p) {
    if (p == null || p.country() == null || p.country().isEmpty()) return null;
    String name = new Locale("", p.country()).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? p.country() : name;
  }

  /** The quote, then each dispute: "Disputed actor: جيش الإسلام (7 claims) / روسيا (5 claims)". */
  private String notes(Facts f, JsonNode e) {
    StringBuilder b = new StringBuilder();
    if (f.quote != null) b.append('«').append(f.quote.strip()).append('»');
    for (Contradiction c : ExportJson.contradictions(e)) {
      if (b.length() > 0) b.append(" | ");
      b.append("Disputed ").append(c.slot()).append(": ");
      for (int i = 0; i < c.values().size(); i++) {
        Contradiction.Value v = c.values().get(i);
        if (i > 0) b.append(" / ");
        Object value = v.value();
        String shown = value == null ? "unnamed" : value instanceof Number n ? DatasetWriter.number(n.doubleValue()).toString()
            : c.slot().startsWith("count:") || "date".equals(c.slot()) ? String.valueOf(value) : data.nameOf(String.valueOf(value));
        b.append(shown).append(" (").append(v.claims().size()).append(v.claims().size() == 1 ? " claim)" : " claims)");
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** The claims' lowest count of the dead, or a dispute's conservative figure on the dead when lower. */
  private Number fatalities(Facts f, JsonNode e) {
    double v = f.fatalities == null ? 0 : f.fatalities;
    if (f.fatalities != null) {
      for (Contradiction c : ExportJson.contradictions(e)) {
        if (c.conservative() != null && c.slot().startsWith("count:")
            && dead.deadNoun(c.slot().substring("count:".length()))) {
          v = Math.min(v, c.conservative().doubleValue());
        }
      }
    }
    return (long) Math.floor(v);
  }
}
