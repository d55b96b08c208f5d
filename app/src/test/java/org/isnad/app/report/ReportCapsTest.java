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
    assertThat(html.split("<section class=\"story\"", -1)).hasSize(ReportWriter.MAX_STORIES_SHOWN + 1);
    assertThat(html).contains("تفاصيل <span class=\"num\">175</span> قصص أخرى",
        "و<span class=\"num\">900</span> مقالات أخرى");
    // story rows link only to the sections that exist
    assertThat(html).contains("<a href=\"#story-s0\">قصة 0</a>").doesNotContain("href=\"#story-s199\"");
    assertThat(Files.size(dir.resolve("report.html"))).isLessThan(2_000_000L);
  }
}
