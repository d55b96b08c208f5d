package org.isnad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org objects of a page's {@code <script type="application/ld+json">} blocks, flattened
 * ({@code @graph} and arrays opened), articles first: what a publisher tells search engines about the
 * page. Blocks that are not valid JSON are skipped (callers fall back to a pattern).
 */
final class JsonLd {
  private JsonLd() {}

  static List<JsonNode> objects(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = InputReader.JSON.readTree(s.data());
        if (root != null) collect(root, articles, others, 0);
      } catch (IOException e) {
        // not JSON: skipped
      }
    }
    articles.addAll(others);
    return articles;
  }

  private static void collect(JsonNode n, List<JsonNode> articles, List<JsonNode> others, int depth) {
    if (depth > 4) return;
    if (n.isArray()) {
      for (JsonNode c : n) collect(c, articles, others, depth + 1);
    } else if (n.isObject()) {
      if (n.has("@graph")) collect(n.get("@graph"), articles, others, depth + 1);
      String type = n.path("@type").isArray() ? n.path("@type").path(0).asText("") : n.path("@type").asText("");
      (type.toLowerCase(Locale.ROOT).contains("article") || type.equals("WebPage") ? articles : others).add(n);
    }
  }

  /** The first string value of {@code field} among the objects, HTML entities decoded, or null. */
  static String text(List<JsonNode> objects, String field) {
    for (JsonNode o : objects) {
      JsonNode v = o.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) return Parser.unescapeEntities(v.asText(), true).strip();
    }
    return null;
  }

  /** The publisher's name of the article, else the name of the site's Organization or WebSite object. */
  static String publisher(List<JsonNode> objects) {
    for (JsonNode o : objects) {
      JsonNode p = o.get("publisher");
      if (p != null && p.isArray()) p = p.path(0);
      if (p != null && p.path("name").isTextual() && !p.path("name").asText().isBlank()) {
        return p.path("name").asText().strip();
      }
    }
    for (JsonNode o : objects) {
      String type = o.path("@type").asText("");
      if ((type.equals("Organization") || type.equals("NewsMediaOrganization") || type.equals("WebSite"))
          && o.path("name").isTextual() && !o.path("name").asText().isBlank()) {
        return o.path("name").asText().strip();
      }
    }
    return null;
  }
}
