package org.isnad.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.isnad.extract.entity.ActorCatalog;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.extract.entity.PlaceGazetteer;
import org.isnad.io.DatasetReader;
import org.isnad.model.Article;
import org.isnad.model.Ref;

/**
 * What every flat export needs beside the record it writes a row for: each article's outlet, address and
 * title (not its text), the counts claims refer to, and the catalogues that name actors and places.
 */
final class ExportData {
  record ArticleInfo(String outlet, String url, String title, String published) {}

  /** A count as a claim refers to it: where it starts in the article, its value, the counted noun. */
  record Count(int start, int end, double value, boolean approx, String counted) {}

  final DatasetReader data;
  private final Map<String, ArticleInfo> articles = new HashMap<>();
  private final Map<String, Count> counts = new HashMap<>();
  private ActorCatalog actors;
  private PlaceGazetteer places;

  private ExportData(DatasetReader data) {
    this.data = data;
  }

  static ExportData load(DatasetReader data, boolean withCounts) throws IOException {
    ExportData d = new ExportData(data);
    try (Stream<Article> s = data.articles()) {
      s.forEach(a -> d.articles.put(a.id(), new ArticleInfo(a.outlet(), a.url(), a.title(), a.published())));
    }
    if (withCounts) {
      try (Stream<JsonNode> s = data.nodes("quantities.jsonl")) {
        s.forEach(q -> d.counts.put(q.path("id").asText(), new Count(q.path("start").asInt(), q.path("end").asInt(),
            q.path("value").asDouble(), q.path("approx").asBoolean(), text(q.get("counted")))));
      }
    }
    return d;
  }

  ArticleInfo article(String id) {
    ArticleInfo a = articles.get(id);
    return a == null ? new ArticleInfo(null, null, null, null) : a;
  }

  Count count(String id) {
    return counts.get(id);
  }

  /** The catalogue's Arabic name of a linked actor, else the words as written. */
  String name(Ref r) {
    if (r == null) return null;
    String label = r.entity() == null ? null : actors().label(r.entity());
    return label != null ? label : r.text();
  }

  /** A catalogue id as a name: an actor's label, a place's, or the id itself. */
  String nameOf(String id) {
    if (id == null) return null;
    String label = actors().label(id);
    if (label != null) return label;
    GeoPlace p = places().place(id);
    return p != null ? p.label() : id;
  }

  GeoPlace place(String id) {
    return places().place(id);
  }

  private ActorCatalog actors() {
    if (actors == null) actors = ActorCatalog.load();
    return actors;
  }

  private PlaceGazetteer places() {
    if (places == null) places = PlaceGazetteer.load();
    return places;
  }

  static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
