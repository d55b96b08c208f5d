package org.isnad.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.app.IsnadCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids as feeds give them (URLs with slashes and queries, spaces, quotes, brackets) are reachable through
 * every link the server writes; HEAD, other methods and foreign Host headers get what HTTP says.
 */
class ServedIdsTest {
  static final List<String> IDS = List.of("https://www.skynewsarabia.com/middle-east/1-دوما?x=1&y=[2]",
      "a b \"quoted\" [x] {y} <z> 'w' 100%", "..", "x/../../etc/passwd", "+plus+#hash");
  @TempDir
  static Path dir;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String[] texts = {
        "قالت مصادر إن عشرات الحافلات دخلت إلى مدينة دوما لإجلاء مقاتلي جيش الإسلام وعائلاتهم.",
        "أفاد ناشطون بأن قوات النظام قصفت مدينة دوما في الغوطة الشرقية أمس.",
        "أعلنت الأمم المتحدة أن آلاف المدنيين غادروا الغوطة الشرقية خلال الأيام الماضية.",
        "قال المرصد السوري إن 12 مدنياً قتلوا في قصف على حرستا.",
        "ذكرت وكالة سانا أن الجيش العربي السوري دخل بلدة عربين."};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      lines.add(json.writeValueAsString(Map.of("id", IDS.get(i), "outlet", "سكاي نيوز عربية", "published", "2018-04-0" + (i + 1),
          "title", "عنوان " + i, "text", texts[i])));
    }
    Path in = Files.write(dir.resolve("feed.jsonl"), lines);
    Path out = dir.resolve("out");
    assertThat(IsnadCli.run("analyze", "--out", out.toString(), in.toString())).isZero();
    server = WebServer.start(out, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static HttpResponse<String> send(String method, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static Set<String> links(String html, String prefix) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile("href=\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(html);
    while (m.find()) out.add(m.group(1).replace("&amp;", "&").replace("&#34;", "\"").replace("&quot;", "\""));
    return out;
  }

  @Test
  void everyArticleLinkLeadsToItsArticle() throws Exception {
    Set<String> articles = links(send("GET", "/articles").body(), "/article/");
    assertThat(articles).hasSize(IDS.size());
    for (String href : articles) {
      HttpResponse<String> r = send("GET", href);
      assertThat(r.statusCode()).as(href).isEqualTo(200);
      assertThat(r.body()).as(href).contains("عنوان ");
    }
    assertThat(articles).contains("/article/https%3A%2F%2Fwww.skynewsarabia.com%2Fmiddle-east%2F1-%D8%AF%D9%88%D9%85%D8%A7%3Fx%3D1%26y%3D%5B2%5D",
        "/article/a%20b%20%22quoted%22%20%5Bx%5D%20%7By%7D%20%3Cz%3E%20%27w%27%20100%25", "/article/%2E%2E");
  }

  @Test
  void searchResultsAndEventsLinkToPagesThatExist() throws Exception {
    Set<String> hrefs = new LinkedHashSet<>(links(send("GET", "/search?q=" + java.net.URLEncoder.encode("دوما", StandardCharsets.UTF_8)).body(), "/article/"));
    assertThat(hrefs).hasSize(2);
    for (String page : new String[] {"/", "/events"}) {
      for (String prefix : new String[] {"/story/", "/event/", "/article/"}) hrefs.addAll(links(send("GET", page).body(), prefix));
    }
    for (String e : links(send("GET", "/events").body(), "/event/")) hrefs.addAll(links(send("GET", e).body(), "/article/"));
    for (String href : hrefs) assertThat(send("GET", href).statusCode()).as(href).isEqualTo(200);
    assertThat(send("GET", "/api/article/" + org.isnad.app.report.LinksAccess.segment(IDS.get(1))).body())
        .contains("\"id\":\"a b \\\"quoted\\\" [x] {y} \\u003Cz\\u003E \\u0027w\\u0027 100%\"");
  }

  @Test
  void aCostlyQueryIsRefusedOnThePageAndIgnoredOnTheArticle() throws Exception {
    String q = java.net.URLEncoder.encode(org.isnad.app.search.SearchCostTest.FUZZY_500, StandardCharsets.UTF_8);
    HttpResponse<String> search = send("GET", "/search?q=" + q);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("الاستعلام واسع جداً؛ حدّده أكثر.");
    assertThat(send("GET", "/api/search?q=" + q).body()).isEqualTo("{\"error\":\"الاستعلام واسع جداً؛ حدّده أكثر.\"}");
    assertThat(send("GET", "/article/%2E%2E?q=" + q).statusCode()).isEqualTo(200);
  }

  @Test
  void headIsGetWithoutABody() throws Exception {
    for (String p : new String[] {"/", "/api/stats", "/article/%2E%2E", "/static/font.woff2", "/nothing"}) {
      HttpResponse<String> get = send("GET", p), head = send("HEAD", p);
      assertThat(head.statusCode()).as(p).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type")).as(p).isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).as(p).isEmpty();
    }
    assertThat(send("HEAD", "/").headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
  }

  @Test
  void otherMethodsGet405WithAllow() throws Exception {
    for (String m : new String[] {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"}) {
      HttpResponse<String> r = send(m, "/");
      assertThat(r.statusCode()).as(m).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).as(m).hasValue("GET, HEAD");
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebServer.CSP);
    }
    assertThat(send("POST", "/api/stats").body()).isEqualTo("{\"error\":405}");
  }

  /** The status line of a raw request, to set the Host header that HttpClient does not let one set. */
  static String raw(String host) throws Exception {
    return rawResponse("/api/stats", host).lines().findFirst().orElse("");
  }

  static String rawResponse(String path, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream o = s.getOutputStream();
      o.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void jettysOwnErrorsCarryTheHeadersAndCharset() throws Exception {
    for (String p : new String[] {"/%", "/story/..%2F..%2Fetc%2Fpasswd"}) {
      String r = rawResponse(p, "127.0.0.1");
      assertThat(r).as(p).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Content-Type: text/html;charset=utf-8\r\n",
          "Content-Security-Policy: " + WebServer.CSP + "\r\n", "X-Content-Type-Options: nosniff\r\n")
          .endsWith("\r\n\r\n<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><meta charset=\"utf-8\"><title>400</title><p>400</p></html>\n");
    }
  }

  @Test
  void foreignHostHeadersAreRefused() throws Exception {
    assertThat(raw("127.0.0.1:" + server.port())).isEqualTo("HTTP/1.1 200 OK");
    assertThat(raw("localhost:" + server.port())).isEqualTo("HTTP/1.1 200 OK");
    assertThat(raw("LOCALHOST")).isEqualTo("HTTP/1.1 200 OK");
    assertThat(raw("attacker.example:" + server.port())).isEqualTo("HTTP/1.1 403 Forbidden");
    assertThat(raw("127.0.0.1.attacker.example")).isEqualTo("HTTP/1.1 403 Forbidden");
  }
}
