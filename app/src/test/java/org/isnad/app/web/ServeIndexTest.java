package org.isnad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.isnad.app.report.Dataset;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data set served with serve.idx and without it gives the same pages, byte for byte. */
class ServeIndexTest {
  @TempDir
  Path dir;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static String get(WebServer s, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return r.statusCode() + "\n" + r.body();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Every page kind, for every story, event, article and actor of the fixture, and the lists with filters. */
  static List<String> pages(Path data) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> pages = new ArrayList<>(List.of("/", "/events", "/events?sort=date", "/events?outlet=BBC&contradicted=1",
        "/events?place=place.douma", "/events?bbox=33,36,34,37", "/claims", "/claims?type=ASSAULT&sort=-date", "/claims?single=1",
        "/articles", "/articles?type=ASSAULT", "/articles?actor=syria.government", "/actors", "/actors?type=ORG&sort=label",
        "/framing", "/api/stats", "/api/events?type=RETREAT", "/api/claims", "/api/stories", "/search?q=" + enc("دوما")));
    TreeSet<String> actors = new TreeSet<>();
    for (String line : Files.readAllLines(data.resolve("mentions.jsonl"))) {
      JsonNode m = json.readTree(line);
      if (m.hasNonNull("entity")) actors.add(m.get("entity").asText());
    }
    for (String a : actors) pages.add("/actor/" + enc(a));
    for (String f : new String[] {"stories", "events", "articles"}) {
      for (String line : Files.readAllLines(data.resolve(f + ".jsonl"))) {
        String id = enc(json.readTree(line).get("id").asText());
        switch (f) {
          case "stories" -> pages.addAll(List.of("/story/" + id, "/story/" + id + "/coverage", "/api/story/" + id));
          case "events" -> pages.addAll(List.of("/event/" + id, "/api/event/" + id));
          default -> pages.addAll(List.of("/article/" + id, "/article/" + id + "?q=" + enc("دوما")));
        }
      }
    }
    return pages;
  }

  @Test
  void pagesAreTheSameWithAndWithoutTheIndex() throws Exception {
    Path plain = Fixture.copyTo(dir.resolve("plain")), indexed = Fixture.copyTo(dir.resolve("indexed"));
    try (Dataset d = Dataset.open(indexed)) {
      d.writeIndex();
    }
    List<String> pages = pages(plain);
    assertThat(pages).hasSizeGreaterThan(60);
    try (WebServer a = WebServer.start(plain, "127.0.0.1", 0); WebServer b = WebServer.start(indexed, "127.0.0.1", 0)) {
      for (String p : pages) {
        String got = get(b, p);
        assertThat(got).as(p).isEqualTo(get(a, p));
        if (!p.startsWith("/search")) assertThat(got).as(p).startsWith("200\n");
      }
    }
  }
}
