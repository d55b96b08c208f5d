package org.isnad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir
  static Path dir;
  static String html;

  @BeforeAll
  static void write() throws Exception {
    Fixture.copyTo(dir);
    ReportWriter.write(dir);
    html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void isRightToLeftArabicWithTheFontEmbedded() {
    assertThat(html).startsWith("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">");
    assertThat(html).contains("src: url(data:font/woff2;base64,d09GMg");
  }

  @Test
  void isSelfContained() {
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
        + "style-src &#39;unsafe-inline&#39;; img-src data:; font-src data:\">");
    assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "src=\"http", "url(http", "@import");
    // the only absolute addresses are the articles' own links and the SVG namespace
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContainPattern("(src|href)=\"https?:");
  }

  @Test
  void showsStoriesEventsChainsContradictionsCopiesFramingMapTimeline() {
    assertThat(html).contains("<section class=\"story\" id=\"story-s1\">", "القصة: إجلاء مقاتلي جيش الإسلام من دوما",
        "القصة: الهجوم الكيماوي على دوما");
    // e1 is carried by three outlets, two of which copied each other: two independent sources
    assertThat(html).contains("id=\"event-e1\"", "تأكيد مستقل: <span class=\"num\">2</span> مصادر (من <span class=\"num\">3</span> وسائل، بعضها ينقل عن بعض)");
    // a nested chain: BBC <- Russian media <- Yevtushenko
    assertThat(html).containsPattern("<bdi>BBC</bdi></span><span class=\"arrow\">←</span><span class=\"link source\">"
        + "<bdi>وسائل إعلام روسية</bdi></span><span class=\"arrow\">←</span><span class=\"link source\">"
        + "(<a href=\"#actor-russia.2eyevtushenko\">)?<bdi>اللواء يوري يفتوشينكو</bdi>");
    // the death toll, value by value with the outlets behind each
    assertThat(html).contains("عدد: شخص", "<td class=\"value\"><bdi>47</bdi></td><td><bdi>skynews</bdi></td>",
        "<td class=\"value\"><bdi>150</bdi></td><td><bdi>BBC</bdi></td>",
        "<td class=\"value\"><bdi>25</bdi></td><td><bdi>CNN</bdi></td>");
    // the copied AFP passage is marked in both France24's and Sky News Arabia's article
    // (inside a claim's span the mark also carries "claim", and the claim's anchor where the claim starts)
    assertThat(html).containsPattern("<mark class=\"(claim )?reuse( claim)?\"( id=\"ct-[^\"]+\")? title=\"مقطع مشترك مع SK-middleEast-731-20180402 \\(skynews\\)\">");
    assertThat(html).containsPattern("<mark class=\"(claim )?reuse( claim)?\"( id=\"ct-[^\"]+\")? title=\"مقطع مشترك مع FR-middleEast-211-20180402 \\(france24\\)\">");
    assertThat(html).contains("<figure class=\"framing\">", "<figure class=\"map\">", "<figure class=\"timeline\">",
        "<path class=\"land\" d=\"M", "<circle class=\"pt\"");
    assertThat(html).contains("id=\"actor-syria.2egovernment\"", "«قوات النظام»");
  }

  @Test
  void staysSmallForASmallDataSet() throws Exception {
    long size = Files.size(dir.resolve("report.html"));
    assertThat(size).isBetween(100_000L, 600_000L);
  }

  @Test
  void skipsLinesThatAreNotJson() throws Exception {
    Path broken = dir.resolve("broken");
    Fixture.copyTo(broken);
    Files.writeString(broken.resolve("mentions.jsonl"), "{\"article\": \"BB-middle\n\n"
        + Files.readString(broken.resolve("mentions.jsonl")), StandardCharsets.UTF_8);
    ReportWriter.write(broken);
    try (Dataset d = Dataset.open(broken)) {
      assertThat(d.mentionCount()).isEqualTo(223);
    }
  }

  @Test
  void rendersADataSetWhereOnlyArticlesExist() throws Exception {
    Path only = dir.resolve("only-articles");
    Files.createDirectories(only);
    Files.copy(dir.resolve("articles.jsonl"), only.resolve("articles.jsonl"));
    ReportWriter.write(only);
    String h = Files.readString(only.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(h).contains("لا توجد قصص بعد في مجموعة البيانات.", "لا توجد أحداث بعد.", "<b class=\"num\">7</b>مقالات");
  }
}
