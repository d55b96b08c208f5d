package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Each reader on real Arabic news text. Sentences are from ANT v2.1 (Chouigui et al., Apache-2.0):
 * SK-economy-282-20180404 (Sky News Arabia) and BB-middleEast-988-20180910 (BBC Arabic).
 */
class InputReaderTest {
  static final String SKY_1 = "تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية، بقرابة 10 في المئة في السوق"
      + " الموازية، في وقت يقترب الجيش السوري من إحكام سيطرته على الغوطة الشرقية قرب دمشق.";
  static final String SKY_2 = "وأضحى الدولار يعادل 430 ليرة سورية، الأربعاء، في السوق الموازية، مقابل 460 ليرة، الأسبوع الماضي.";
  static final String SKY_TITLE = "قفزة كبيرة لليرة السورية أمام الدولار";
  static final String BBC_1 = "أعلنت وزارة الخارجية الأمريكية في بيان إنها ستغلق مكتب بعثة منظمة التحرير الفلسطينية في واشنطن.";

  @TempDir Path dir;

  final List<InputProblem> problems = new ArrayList<>();

  List<RawDocument> read(Path... inputs) {
    return InputReader.readAll(List.of(inputs), problems::add);
  }

  @Test
  void plainUtf8TextWithTitleLine() throws IOException {
    Path p = Files.writeString(dir.resolve("sky-1.txt"), SKY_TITLE + "\n" + SKY_1 + "\n" + SKY_2 + "\n");
    List<RawDocument> docs = read(p);
    assertThat(problems).isEmpty();
    assertThat(docs).hasSize(1);
    RawDocument d = docs.get(0);
    assertThat(d.id()).isEqualTo("sky-1");
    assertThat(d.title()).isEqualTo(SKY_TITLE);
    assertThat(d.body()).isEqualTo(SKY_1 + "\n" + SKY_2);
    assertThat(d.html()).isFalse();
  }

  @Test
  void firstLineWithFinalPunctuationIsNotATitle() throws IOException {
    Path p = Files.writeString(dir.resolve("a.txt"), SKY_2 + "\n" + SKY_1);
    RawDocument d = read(p).get(0);
    assertThat(d.title()).isNull();
    assertThat(d.body()).isEqualTo(SKY_2 + "\n" + SKY_1);
  }

  @Test
  void windows1256TextIsDetected() throws IOException {
    Path p = dir.resolve("cp.txt");
    Files.write(p, (SKY_TITLE + "\r\n" + SKY_1 + "\r\n").getBytes(Charset.forName("windows-1256")));
    RawDocument d = read(p).get(0);
    assertThat(problems).isEmpty();
    assertThat(d.title()).isEqualTo(SKY_TITLE);
    assertThat(d.body()).isEqualTo(SKY_1);
  }

  static final String PAGE = """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title>قفزة كبيرة لليرة السورية أمام الدولار | سكاي نيوز عربية</title>
      <meta property="og:site_name" content="سكاي نيوز عربية">
      <meta property="article:published_time" content="2018-04-04T16:25:45+04:00">
      <script>var x = "<p>لا</p>";</script><style>p{color:red}</style>
      </head><body>
      <nav><a href="/">الرئيسية</a> <a href="/business">اقتصاد</a></nav>
      <header><div class="logo">سكاي نيوز عربية</div></header>
      <article><h1>قفزة كبيرة لليرة السورية أمام الدولار</h1>
      <div class="share-buttons"><a>شارك</a> <a>تويتر</a></div>
      <p>%s</p><!-- تعليق مخفي -->
      <p>%s</p>
      </article>
      <aside><h3>الأكثر قراءة</h3><p>خبر آخر لا علاقة له بالمقال وهو طويل بما يكفي ليبدو فقرة.</p></aside>
      <footer>جميع الحقوق محفوظة</footer>
      </body></html>
      """.formatted(SKY_1, SKY_2);

  @Test
  void htmlPageMainTextAndMetadata() throws IOException {
    Path p = Files.writeString(dir.resolve("1036477.html"), PAGE);
    RawDocument d = read(p).get(0);
    assertThat(problems).isEmpty();
    assertThat(d.id()).isEqualTo("1036477");
    assertThat(d.title()).isEqualTo(SKY_TITLE);
    assertThat(d.published()).isEqualTo("2018-04-04");
    assertThat(d.outlet()).isEqualTo("سكاي نيوز عربية");
    assertThat(d.body()).isEqualTo(SKY_1 + "\n" + SKY_2);
  }

  @Test
  void htmlDetectedFromContentNotExtension() throws IOException {
    Path p = Files.writeString(dir.resolve("page.txt"), PAGE);
    assertThat(read(p).get(0).body()).isEqualTo(SKY_1 + "\n" + SKY_2);
  }

  @Test
  void htmlDateFromJsonLdAndTitleFromH1() throws IOException {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2018-09-10T17:35:59Z\"}</script></head><body><div id=\"c\"><h1>عنوان</h1><p>" + BBC_1
        + "</p></div></body></html>";
    RawDocument d = read(Files.writeString(dir.resolve("x.htm"), html)).get(0);
    assertThat(d.published()).isEqualTo("2018-09-10");
    assertThat(d.title()).isEqualTo("عنوان");
    assertThat(d.body()).isEqualTo(BBC_1);
  }

  @Test
  void realJsonLinesFromAnt() {
    Path p = Path.of("src/test/resources/read/ant-sample.jsonl");
    List<RawDocument> docs = read(p);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("BB-middleEast-988-20180910", "SK-economy-282-20180404");
    RawDocument sky = docs.get(1);
    assertThat(sky.published()).isEqualTo("2018-04-04"); // "Wed, 04 Apr 2018 16:25:45 GMT"
    assertThat(sky.outlet()).isEqualTo("skynews");
    assertThat(sky.byline()).isEqualTo("أبوظبي - سكاي نيوز عربية");
    assertThat(sky.title()).isEqualTo(SKY_TITLE);
    // the reader keeps the text as published (here a no-break space after the first word); cleaning normalises it
    assertThat(sky.body()).startsWith(SKY_1.replaceFirst(" ", "\u00A0") + "\n" + SKY_2);
    assertThat(sky.path()).endsWith("ant-sample.jsonl#2");
  }

  @Test
  void jsonLinesWithHtmlAndRepeatedIds() throws IOException {
    String lines = "{\"id\":\"a\",\"html\":\"<p>" + SKY_1 + "</p>\",\"published\":\"Sun, 18 Feb 2018 21:35:43 +0400\"}\n"
        + "{\"id\":\"a\",\"text\":\"" + SKY_2 + "\"}\n"
        + "{\"text\":\"" + BBC_1 + "\"}\n";
    List<RawDocument> docs = read(Files.writeString(dir.resolve("feed.jsonl"), lines));
    assertThat(docs).extracting(RawDocument::id).containsExactly("a", "a-2", "feed-3");
    assertThat(docs.get(0).body()).isEqualTo(SKY_1);
    assertThat(docs.get(0).published()).isEqualTo("2018-02-18");
    assertThat(problems).isEmpty();
  }

  @Test
  void jsonArrayOfArticles() throws IOException {
    String arr = "[\n {\"id\":\"s1\",\"text\":\"" + SKY_1 + "\"},\n {\"id\":\"s2\",\"text\":\"" + SKY_2 + "\"}\n]";
    List<RawDocument> docs = read(Files.writeString(dir.resolve("two.json"), arr));
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("s1", "s2");
    assertThat(docs.get(1).path()).endsWith("two.json#2");
  }

  @Test
  void gzipOfAnyFormat() throws IOException {
    Path txt = gzip(dir.resolve("sky.txt.gz"), (SKY_TITLE + "\n" + SKY_1).getBytes(StandardCharsets.UTF_8));
    Path html = gzip(dir.resolve("p.html.gz"), PAGE.getBytes(StandardCharsets.UTF_8));
    Path jsonl = gzip(dir.resolve("ant.jsonl.gz"), Files.readAllBytes(Path.of("src/test/resources/read/ant-sample.jsonl")));
    List<RawDocument> docs = read(txt, html, jsonl);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("sky", "p", "BB-middleEast-988-20180910", "SK-economy-282-20180404");
    assertThat(docs.get(0).title()).isEqualTo(SKY_TITLE);
  }

  @Test
  void warcAndWarcGz() throws IOException {
    for (WarcCompression c : WarcCompression.values()) {
      problems.clear();
      Path p = dir.resolve(c == WarcCompression.GZIP ? "news.warc.gz" : "news.warc");
      writeWarc(p, c, 2);
      List<RawDocument> docs = read(p);
      assertThat(problems).isEmpty();
      assertThat(docs).hasSize(2);
      RawDocument d = docs.get(0);
      assertThat(d.id()).isEqualTo("3f0b6a3e-0c5d-4f4e-9d8c-000000000000");
      assertThat(d.url()).isEqualTo("https://www.skynewsarabia.com/business/1036477");
      assertThat(d.title()).isEqualTo(SKY_TITLE);
      assertThat(d.published()).isEqualTo("2018-04-04");
      assertThat(d.body()).isEqualTo(SKY_1 + "\n" + SKY_2);
      assertThat(d.path()).endsWith("#2"); // record 1 is the request
    }
  }

  @Test
  void rssItemsAreDocuments() throws IOException {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>سكاي نيوز عربية</title><link>https://www.skynewsarabia.com</link><description>أخبار</description>
        <item><title>%s</title><link>https://www.skynewsarabia.com/business/1036477</link>
        <guid>sky-1036477</guid><pubDate>Wed, 04 Apr 2018 16:25:45 GMT</pubDate>
        <description>ملخص</description>
        <content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded></item>
        <item><title>ب</title><guid>bbc-45473987</guid><description><![CDATA[<p>%s</p>]]></description></item>
        </channel></rss>
        """.formatted(SKY_TITLE, SKY_1, SKY_2, BBC_1);
    List<RawDocument> docs = read(Files.writeString(dir.resolve("feed.xml"), rss));
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("sky-1036477", "bbc-45473987");
    assertThat(docs.get(0).body()).isEqualTo(SKY_1 + "\n" + SKY_2);
    assertThat(docs.get(0).published()).isEqualTo("2018-04-04");
    assertThat(docs.get(0).outlet()).isEqualTo("سكاي نيوز عربية");
    assertThat(docs.get(1).body()).isEqualTo(BBC_1);
  }

  @Test
  void atomEntries() throws IOException {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>بي بي سي عربي</title><id>urn:bbc</id><updated>2018-09-10T17:35:59Z</updated>
        <entry><title>الخارجية الأمريكية</title><id>urn:bbc:45473987</id><updated>2018-09-10T17:35:59Z</updated>
        <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
        """.formatted(BBC_1);
    List<RawDocument> docs = read(Files.writeString(dir.resolve("bbc.atom"), atom));
    assertThat(problems).isEmpty();
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("urn:bbc:45473987");
      assertThat(d.body()).isEqualTo(BBC_1);
      assertThat(d.published()).isEqualTo("2018-09-10");
    });
  }

  @Test
  void directoriesRecursedInSortedOrderWithUniqueIds() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("a/x"));
    Files.writeString(dir.resolve("b/story.txt"), SKY_2);
    Files.writeString(dir.resolve("a/x/story.txt"), SKY_1);
    Files.writeString(dir.resolve("a/z.txt"), BBC_1);
    List<RawDocument> docs = read(dir);
    assertThat(docs).extracting(RawDocument::id).containsExactly("story", "z", "story-2");
    assertThat(docs).extracting(RawDocument::body).containsExactly(SKY_1, BBC_1, SKY_2);
  }

  @Test
  void publishedDatesNormalised() {
    assertThat(PublishedDate.iso("Sun, 18 Feb 2018 21:35:43 +0400")).isEqualTo("2018-02-18");
    assertThat(PublishedDate.iso("2015-07-21 02:51:32")).isEqualTo("2015-07-21");
    assertThat(PublishedDate.iso("2018-02-18T23:30:00+04:00")).isEqualTo("2018-02-18");
    assertThat(PublishedDate.iso("18/02/2018")).isEqualTo("2018-02-18");
    assertThat(PublishedDate.iso("February 18, 2018")).isEqualTo("2018-02-18");
    assertThat(PublishedDate.iso("أمس")).isNull();
    assertThat(PublishedDate.iso(null)).isNull();
  }

  // ---- fixtures written in the temp dir ----

  static Path gzip(Path p, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content);
    }
    return p;
  }

  /** A WARC with {@code pages} request/response pairs of the Sky News page. */
  static void writeWarc(Path p, WarcCompression c, int pages) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), c)) {
      for (int i = 0; i < pages; i++) {
        String url = "https://www.skynewsarabia.com/business/" + (1036477 + i);
        w.write(new WarcRequest.Builder(URI.create(url)).body(MediaType.HTTP_REQUEST,
            ("GET /business/" + (1036477 + i) + " HTTP/1.1\r\nHost: www.skynewsarabia.com\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create(url))
            .recordId(URI.create("urn:uuid:3f0b6a3e-0c5d-4f4e-9d8c-00000000000" + i)).body(http).build());
      }
    }
  }

  static byte[] bytes(Path p) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(Files.readAllBytes(p));
    return b.toByteArray();
  }
}
