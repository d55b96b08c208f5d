package org.isnad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's article list shows each article's outlet, counts and quoted sources (fixture from ANT, see Fixture). */
class ReportArticleListTest {
  @Test
  void eachArticleRowCarriesItsCountsAndItsChainsOfSources(@TempDir Path dir) throws Exception {
    Fixture.copyTo(dir);
    ReportWriter.write(dir);
    Document doc = Jsoup.parse(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8));
    Element table = doc.getElementById("articles").nextElementSibling();
    assertThat(table.select("thead th")).extracting(Element::text)
        .containsExactly("العنوان", "الوسيلة", "التاريخ", "الأعداد", "المصادر المنقول عنها");
    Element bbc277 = table.select("tbody tr").stream()
        .filter(r -> r.text().contains("التلفزيون السوري: خروج أول مجموعة")).findFirst().orElseThrow();
    assertThat(bbc277.child(3).text()).isEqualTo("حافلتين، 1600 مدني");
    assertThat(bbc277.child(4).text()).isEqualTo("التلفزيون السوري؛ وسائل إعلام روسية ← اللواء يوري يفتوشينكو");
  }
}
