package org.isnad.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.model.Claim;
import org.isnad.model.Place;
import org.isnad.model.Ref;

/**
 * PLOVER records in JSON Lines, one per claim of a PLOVER type (reported statements that carry no event
 * are left out), with the field names of the PLOVER manual's "JSON Data Fields" chapter: {@code id},
 * {@code date}, {@code source} and {@code recipient} (lists of actor objects: {@code actor_text},
 * {@code identifier_id}, {@code identifier_text}), {@code event}, {@code event_loc} (GeoNames' field
 * names), {@code quad_code}, {@code link} (the cross-outlet event, which the manual's note 4 provides
 * for), {@code text}, {@code text_info} ({@code start}, {@code end} in the article), {@code cite_info}
 * ({@code citation}, {@code url}, {@code title}, {@code language}, {@code publication}, {@code codebook})
 * and {@code coder}. PLOVER leaves {@code mode} for a sub-type that Isnad does not code, so it is not
 * written; Isnad's own fields are added, as the manual allows, under names of their own:
 * {@code factuality} (asserted, hedged, negated), {@code attributed_to} (the quoted source and its chain)
 * and, when a claim's date is coarser than a day, {@code date_given} ("2018-03", "2018-W13").
 */
final class PloverExport {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** The manual's quad categories; REQUEST is Isnad's name for the manual's DEMAND. */
  private static final Map<String, Integer> QUAD = Map.ofEntries(
      Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1),
      Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("RETREAT", 2), Map.entry("INVESTIGATE", 2),
      Map.entry("REQUEST", 3), Map.entry("DEMAND", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3),
      Map.entry("SANCTION", 3), Map.entry("THREATEN", 3),
      Map.entry("PROTEST", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4), Map.entry("ASSAULT", 4));

  private final ExportData data;

  PloverExport(ExportData data) {
    this.data = data;
  }

  int write(Path file) throws IOException {
    int[] rows = {0};
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
         JsonGenerator g = ExportJson.JSON.getFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
         Stream<Claim> claims = data.data.claims()) {
      claims.filter(c -> QUAD.containsKey(c.type())).forEach(c -> {
        try {
          ExportJson.JSON.writeTree(g, record(c));
          g.flush();
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        rows[0]++;
      });
    }
    return rows[0];
  }

  ObjectNode record(Claim c) {
    ObjectNode r = ExportJson.JSON.createObjectNode();
    ExportData.ArticleInfo a = data.article(c.article());
    r.put("id", c.id());
    boolean day = c.date() != null && DAY.matcher(c.date()).matches();
    r.put("date", day ? c.date() : null);
    if (c.date() != null && !day) r.put("date_given", c.date());
    actors(r.putArray("source"), c.actor());
    actors(r.putArray("recipient"), c.target());
    r.putArray("event").add(c.type());
    if (c.location() != null) r.set("event_loc", location(c.location()));
    r.put("quad_code", QUAD.get(c.type()));
    r.put("link", c.event());
    r.put("text", c.sentence());
    r.putObject("text_info").put("start", c.start()).put("end", c.end());
    ObjectNode cite = r.putObject("cite_info");
    cite.put("citation", c.article()).put("url", a.url()).put("title", a.title()).put("language", "ar")
        .put("publication", a.outlet()).put("codebook", "PLOVER");
    r.put("coder", "isnad 0.1.0");
    r.put("factuality", ClaimsExport.mode(c));
    if (c.source() != null) {
      ObjectNode s = r.putObject("attributed_to");
      s.put("actor_text", c.source().text()).put("identifier_id", c.source().entity());
      ArrayNode chain = s.putArray("chain");
      for (Ref t : c.source().chain()) chain.addObject().put("actor_text", t.text()).put("identifier_id", t.entity());
    }
    return r;
  }

  private void actors(ArrayNode list, Ref r) {
    if (r == null) return;
    ObjectNode o = list.addObject();
    o.put("actor_text", r.text());
    o.put("identifier_id", r.entity());
    o.put("identifier_text", r.entity() == null ? null : data.name(r));
  }

  private ObjectNode location(Place p) {
    ObjectNode o = ExportJson.JSON.createObjectNode();
    GeoPlace g = data.place(p.entity());
    o.put("name", g != null ? g.label() : p.text());
    o.put("latitude", p.lat());
    o.put("longitude", p.lon());
    o.put("country code", g == null || g.country().isEmpty() ? null : g.country());
    o.put("admin1 code", g == null || g.admin1() == null || g.admin1().isEmpty() ? null : g.admin1());
    o.put("place_text", p.text());
    o.put("identifier_id", p.entity());
    return o;
  }
}
