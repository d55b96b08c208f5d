package org.isnad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus far larger than report.html shows: every section is capped and says how much it left out. */
class ReportCapsTest {
  @TempDir
  Path dir;

  @Test
  void capsEverySectionAndSaysHowManyMore() throws Exception {
    ObjectMapper json = new ObjectMapper();
    // 1,200 copies of a real ANT paragraph (SK-middleEast-731-20180402), in 200 stories of 6 articles
    String text = "بدأت ظهر الاثنين عملية إجلاء مقاتلين من \"جيش الاسلام\" مع أفراد من عائلاتهم من مدينة دوما آخر جيب "
        + "تحت سيطرة الفصائل المعارضة في الغوطة الشرقية، وفق ما أوردت وكالة الأنباء السورية الرسمية سانا.\n";
    String[] outlets = {"BBC", "france24", "skynews", "CNN", "alarabia"};
    try (BufferedWriter a = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
         BufferedWriter s = Files.newBufferedWriter(dir.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < 1200; i++) {
        a.write(json.writeValueAsString(Map.of("id", "a" + i, "path", "x", "outlet", outlets[i % 5], "url", "",
            "published", "2018-04-02", "title", "مقال " + i, "text", text.repeat(5), "removed", List.of())) + "\n");
      }
      for (int k = 0; k < 200; k++) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) ids.add("a" + (k * 6 + i));
        s.write(json.writeValueAsString(Map.of("id", "s" + k, "title", "قصة " + k, "articles", ids, "events", List.of())) + "\n");
      }
    }
    ReportWriter.write(dir);
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    // 1,200 articles: above ReportWriter.LARGE_ARTICLES, so report.html summarises and links to paged sections
    assertThat(html.split("<section class=\"story\"", -1)).hasSize(1);
    assertThat(html).contains("تفاصيل <span class=\"num\">175</span> قصص أخرى",
        "و<span class=\"num\">1,150</span> مقالات أخرى", "<a href=\"report/articles-4.html\">4</a>",
        "<a href=\"report/stories-25.html\">25</a>");
    // story rows link only to the sections that exist, in the file that holds them
    // (stories of equal size in id order: s0, s1, s10, s100, …)
    assertThat(html).contains("href=\"report/stories-1.html#story-s0\">قصة 0", "href=\"report/stories-22.html#story-s117\">")
        .doesNotContain("story-s199\"");
    int sections = 0;
    for (int f = 1; f <= ReportWriter.MAX_STORIES_SHOWN / ReportWriter.STORIES_PER_FILE; f++) {
      String page = Files.readString(dir.resolve("report/stories-" + f + ".html"), StandardCharsets.UTF_8);
      sections += page.split("<section class=\"story\"", -1).length - 1;
      assertThat(page).contains("<a class=\"brand\" href=\"../report.html\">");
    }
    assertThat(sections).isEqualTo(ReportWriter.MAX_STORIES_SHOWN);
    assertThat(Files.readString(dir.resolve("report/articles-4.html"), StandardCharsets.UTF_8)).contains("مقال 1199");
    assertThat(Files.size(dir.resolve("report.html"))).isLessThan(500_000L);
  }
}
