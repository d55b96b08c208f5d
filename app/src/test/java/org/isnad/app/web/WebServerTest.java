package org.isnad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over the fixture data set, through plain HTTP (no browser needed). */
class WebServerTest {
  @TempDir
  static Path dir;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    Fixture.copyTo(dir);
    server = WebServer.start(dir, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void everyPageIsRtlWithAStrictPolicy() throws Exception {
    for (String p : new String[] {"/", "/story/s1", "/actor/syria.government", "/search?q=" + q("المعارضة"),
        "/article/FR-middleEast-211-20180402", "/event/e4", "/events", "/actors", "/framing", "/articles"}) {
      HttpResponse<String> r = get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      assertThat(r.body()).as(p).startsWith("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">").doesNotContain("<script");
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(p).hasValue(WebServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void homeListsStoriesAndPaginates() throws Exception {
    String home = get("/").body();
    assertThat(home).contains("<a href=\"/story/s1\">إجلاء مقاتلي جيش الإسلام من دوما</a>",
        "<a href=\"/story/s2\">الهجوم الكيماوي على دوما</a>", "<b class=\"num\">7</b>مقالات");
    assertThat(get("/?page=99999").statusCode()).isEqualTo(200);
    assertThat(get("/?page=-1").statusCode()).isEqualTo(200);
    // deep search pages stop at 10,000 results instead of allocating their depth
    assertThat(get("/search?q=" + q("دوما") + "&page=9999999").statusCode()).isEqualTo(200);
    assertThat(get("/search?q=" + q("ا*")).statusCode()).isEqualTo(200);
  }

  @Test
  void actorPageShowsTheLabelsEachOutletUses() throws Exception {
    String a = get("/actor/syria.government").body();
    assertThat(a).contains("<td><bdi>france24</bdi></td>", "«القوات الحكومية» <span class=\"num\">2</span>",
        "«قوات النظام» <span class=\"num\">1</span>");
  }

  @Test
  void searchLinksToTheArticleWithTheHitMarked() throws Exception {
    String s = get("/search?q=" + q("المعارضة")).body();
    assertThat(s).contains("<mark class=\"hit\">للمعارضة</mark>",
        "href=\"/article/FR-middleEast-211-20180402?q=" + q("المعارضة") + "\"");
    String a = get("/article/FR-middleEast-211-20180402?q=" + q("المعارضة")).body();
    assertThat(a).contains("<mark class=\"hit\">للمعارضة</mark>");
  }

  @Test
  void jsonBehindEachPage() throws Exception {
    HttpResponse<String> st = get("/api/stories");
    assertThat(st.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(st.body()).contains("\"id\":\"s1\"", "\"total\":2");
    assertThat(get("/api/story/s1").body()).contains("\"independent\":2", "\"corroborated\":true");
    assertThat(get("/api/actor/sana").body()).contains("\"label\":\"سانا\"");
    assertThat(get("/api/search?q=" + q("جرابلس")).body()).contains("\"total\":4");
    assertThat(get("/api/framing").body()).contains("\"name\":\"BBC\"");
    assertThat(get("/api/search").body()).isEqualTo("{\"error\":\"اكتب كلمة أو أكثر للبحث.\"}");
    assertThat(get("/api/event/e3").body()).contains("\"slot\":\"count:شخص\"");
  }

  @Test
  void unknownIdsAndTraversalGet404WithoutDetails() throws Exception {
    for (String p : new String[] {"/story/nope", "/story/..%2F..%2Fetc%2Fpasswd", "/article/%2e%2e", "/actor/a%20b",
        "/static/../pom.xml", "/templates/home.peb", "/static/map/make_map.py", "/nothing"}) {
      HttpResponse<String> r = get(p);
      assertThat(r.statusCode()).as(p).isIn(400, 404); // Jetty refuses encoded separators itself (400)
      assertThat(r.body()).as(p).doesNotContain("Exception", "at org.", "root:");
    }
    assertThat(get("/api/story/nope").body()).isEqualTo("{\"error\":404}");
  }

  @Test
  void bindsToLoopbackByDefault() throws Exception {
    var serve = new picocli.CommandLine(new org.isnad.app.IsnadCli()).getSubcommands().get("serve");
    assertThat(serve.getCommandSpec().findOption("--host").defaultValue()).isEqualTo("127.0.0.1");
  }
}
