package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.isnad.SharedData;
import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Residue in real SaudiNewsNet 2015 articles (CC BY-NC-SA, read from {@code ../shared/data}, not copied;
 * skipped when absent), each cited by its id.
 */
class SaudiNewsNetResidueTest {
  static final Set<String> IDS = Set.of("2015-07-21-353", "2015-07-21-1163", "2015-07-21-1658", "2015-07-21-299",
      "2015-07-22-1285", "2015-07-22-180", "2015-07-24-0", "2015-07-21-170", "2015-07-24-16");
  /**
   * SaudiNewsNet 2015-08-11-1538 (Saudi Press Agency), its first, fourth and last lines: the file is ordered by date
   * and this article is near its end, so it is quoted here rather than scanned for.
   */
  static final RawDocument WAS = new RawDocument("2015-08-11-1538", "was", null, null, null, null,
      " الخليل 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n اقتحم وزير الحرب الإسرائيلي موشيه يعالون اليوم الحرم "
          + "الإبراهيمي بمدينة الخليل المحتلة وسط حراسة مشددة .\n من جهة أخرى هدمت جرافات الاحتلال الإسرائيلية اليوم مبنى "
          + "تجاريًا في منطقة &#39;عطاروت الصناعية&#39; شمال مدينة القدس المحتلة .\n // انتهى //\n 12:34 ت م \n ", false);
  static final Map<String, RawDocument> DOCS = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    Path gz = SharedData.require("news/saudinewsnet-2015.jsonl.gz");
    if (!DOCS.isEmpty()) return;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz), 1 << 16),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && DOCS.size() < IDS.size()) {
        int at = line.indexOf("\"id\": \"");
        if (at < 0) continue;
        String id = line.substring(at + 7, line.indexOf('"', at + 7));
        if (!IDS.contains(id)) continue;
        var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        DOCS.put(id, new RawDocument(id, gz + "#" + id, j.path("outlet").asText(), j.path("url").asText(),
            j.path("published").asText(), j.path("title").asText(), j.path("text").asText(), false));
      }
    }
  }

  static Article clean(String id) {
    return ArticleCleanerTest.CLEANER.clean(DOCS.get(id));
  }

  static RawDocument withoutOutlet(String id) {
    RawDocument d = DOCS.get(id);
    return new RawDocument(d.id(), d.path(), null, null, d.published(), d.title(), d.body(), false);
  }

  @Test
  void columnistEmailAlone() {
    assertThat(clean("2015-07-21-353").removed()).containsExactly("a.khojah@asharqalawsat.com");
  }

  @Test
  void columnistSmsFooter() {
    Article a = clean("2015-07-21-1163");
    // "aaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS ...": the footer, then the address left alone on its line
    assertThat(a.removed()).hasSize(2).last().isEqualTo("aaljamili@yahoo.com");
    assertThat(a.removed().get(0)).startsWith("للتواصل مع الكاتب ارسل رسالة SMS").endsWith("737221 - Zain");
    assertThat(a.text()).doesNotContain("Mobily").doesNotContain("للتواصل مع الكاتب");
  }

  @Test
  void linkBackToTheOutletAndTheUrlLeftBeforeIt() {
    Article a = clean("2015-07-21-1658");
    assertThat(a.removed()).anyMatch(r -> r.startsWith("رابط الخبر بصحيفة الوئام:")).contains("http://publications.kacst.edu.sa/ .");
    assertThat(a.text()).doesNotContain("رابط الخبر").contains("أصدرت مدينة الملك عبدالعزيز للعلوم والتقنية");
    // without metadata, the removed link-back footer still names the outlet
    assertThat(ArticleCleanerTest.CLEANER.clean(withoutOutlet("2015-07-21-1658")).outlet()).isEqualTo("الوئام");
  }

  @Test
  void urlAloneOnALineWithCrawledSpaces() {
    assertThat(clean("2015-07-21-299").removed())
        .containsExactly("http: / / www.hrp.org.uk / HamptonCourtPalace / stories / palacehighlights");
  }

  @Test
  void legitimateAmpersandsAndDecodedEntities() {
    assertThat(clean("2015-07-22-1285").text()).contains("وافقت على عرض إيه تي&تي لشراء دايركت تي.في");
    Article samsung = clean("2015-07-22-180"); // "سامسونج سي & تي" thirteen times
    assertThat(samsung.removed()).isEmpty();
    assertThat(samsung.text().split("سي & تي", -1)).hasSize(14);
    Article was = ArticleCleanerTest.CLEANER.clean(WAS); // "منطقة &#39;عطاروت الصناعية&#39;"
    assertThat(was.text()).contains("منطقة 'عطاروت الصناعية' شمال مدينة القدس المحتلة");
  }

  @Test
  void wireDatelineAndClockStamp() {
    Article a = ArticleCleanerTest.CLEANER.clean(WAS);
    assertThat(a.dateline()).isEqualTo("الخليل");
    assertThat(a.removed()).containsExactly("// انتهى //", "12:34 ت م");
    assertThat(a.text()).startsWith("الخليل 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\nاقتحم وزير الحرب");
  }

  @Test
  void outletAndPlaceFromTheFirstLine() {
    Article a = ArticleCleanerTest.CLEANER.clean(withoutOutlet("2015-07-24-16")); // " عين اليوم – الرياض"
    assertThat(a.outlet()).isEqualTo("عين اليوم");
    assertThat(a.dateline()).isEqualTo("الرياض");
    assertThat(a.title()).isEqualTo(DOCS.get("2015-07-24-16").title());
    Article b = ArticleCleanerTest.CLEANER.clean(withoutOutlet("2015-07-24-0")); // " فايز الحسيكي – عين اليوم"
    assertThat(b.outlet()).isEqualTo("عين اليوم");
    assertThat(b.dateline()).isNull();
    // the tag list glued after the last sentence goes, the sentence stays
    assertThat(b.removed()).containsExactly("سمات تبوك جامعة معمة تبوك");
    assertThat(b.text()).endsWith("على خلفية عدم قبول ابنتها الحاصلة على 99.85% في الثانوية العامة، بكلية الطب.");
  }

  @Test
  void outletFromAStatementItReceived() {
    // 2015-07-21-170: "وقال الوزير في بيان لوزارة الثقافة، تلقت «الشرق الأوسط» نسخة منه"
    assertThat(ArticleCleanerTest.CLEANER.clean(withoutOutlet("2015-07-21-170")).outlet()).isEqualTo("الشرق الأوسط");
  }
}
