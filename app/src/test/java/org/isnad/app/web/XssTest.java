package org.isnad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup in article fields stays text, in report.html and in every served page and JSON answer. */
class XssTest {
  @TempDir
  Path dir;

  /** Parsed as a browser would (jsoup): no script, no event-handler attribute, no javascript: link. */
  private static void assertInert(String where, String html) {
    assertThat(html).as(where).doesNotContain("<script>", "<img src=x", "<svg onload", "<b onmouseover");
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    assertThat(doc.select("script, img, iframe, object, embed")).as(where).isEmpty();
    for (org.jsoup.nodes.Element e : doc.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(where + " " + e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).as(where + " " + e.tagName() + " " + a.getKey())
            .doesNotStartWith("javascript:");
      }
    }
  }

  @Test
  void reportAndPagesShowMarkupAsText() throws Exception {
    Path out = XssDataset.build(dir);
    String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertInert("report.html", report);
    try (WebServer server = WebServer.start(out, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (String p : new String[] {"/", "/article/" + XssDataset.ID, "/articles", "/search?q=alert",
          "/article/" + XssDataset.ID + "?q=alert", "/actors", "/api/article/" + XssDataset.ID, "/api/search?q=alert",
          "/article/" + XssDataset.RAW, "/article/" + XssDataset.RAW + "?q=alert", "/story/s-xss", "/event/e-xss",
          "/actor/x", "/framing", "/events", "/api/story/s-xss", "/api/actor/x", "/api/framing",
          // the new pages, and filter values echoed into the form
          "/claims", "/story/s-xss/coverage", "/events?outlet=%3Cscript%3Ealert(1)%3C/script%3E&actor=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
          "/claims?place=%3Cscript%3Ealert(1)%3C/script%3E", "/actors?q=%3Cscript%3Ealert(1)%3C/script%3E",
          "/articles?story=%3Cscript%3Ealert(1)%3C/script%3E&sort=%22%3E%3Cscript%3E", "/lang/en?back=/claims"}) {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + p)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertInert(p, body);
        if (p.startsWith("/api/")) assertThat(body).as(p).contains("\\u003Cscript\\u003E").doesNotContain("<");
      }
      String article = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/article/"
          + XssDataset.ID)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
      assertThat(article).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    }
  }
}
