package org.isnad.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.isnad.app.report.Fixture;
import org.isnad.app.report.Segment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir
  static Path dir;
  static SearchIndex index;

  @BeforeAll
  static void build() throws Exception {
    Fixture.copyTo(dir);
    SearchIndex.build(dir);
    index = SearchIndex.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> ids(String q) throws Exception {
    return index.search(q, 0, 20).hits().stream().map(SearchIndex.Hit::id).sorted().collect(Collectors.toList());
  }

  private static List<String> marked(SearchIndex.Hit h) {
    return h.snippets().stream().flatMap(List::stream).filter(s -> "hit".equals(s.cls())).map(Segment::text)
        .collect(Collectors.toList());
  }

  @Test
  void indexesEveryArticle() {
    assertThat(index.size()).isEqualTo(7);
  }

  @Test
  void theArticleFindsItsFormsWithProclitics() throws Exception {
    // "للمعارضة" occurs only in FR-211's first sentence; "والمعارضة" nowhere, so test it via the analyzer too
    SearchIndex.Results r = index.search("المعارضة", 0, 20);
    SearchIndex.Hit fr = r.hits().stream().filter(h -> h.id().equals("FR-middleEast-211-20180402")).findFirst().orElseThrow();
    assertThat(marked(fr)).contains("للمعارضة");
    assertThat(ids("والمعارضة")).isEqualTo(ids("المعارضة"));
    assertThat(ids("للمعارضة")).isEqualTo(ids("المعارضة"));
  }

  @Test
  void bareProcliticsBeforeANameAreFound() throws Exception {
    // "بدوما" nowhere in the fixture, but "بغوطة" is in SK-731: "من دوما بغوطة دمشق الشرقية"
    assertThat(ids("غوطة")).contains("SK-middleEast-731-20180402");
    // and the unstripped form stays searchable
    assertThat(ids("بغوطة")).containsExactly("SK-middleEast-731-20180402");
  }

  @Test
  void diacriticsAndHamzaFormsAreFolded() throws Exception {
    assertThat(ids("الاسلام")).isEqualTo(ids("الإسلام"));
    assertThat(ids("جيش الإسلام")).contains("BB-middleEast-275-20180402", "FR-middleEast-211-20180402",
        "SK-middleEast-731-20180402", "CN-middleEast-510-20180408");
  }

  @Test
  void arabicIndicDigitsAndTehMarbutaFold() throws Exception {
    assertThat(ids("٤٧ شخصا")).containsExactly("SK-middleEast-832-20180407");
    assertThat(ids("الغوطه")).isEqualTo(ids("الغوطة"));
  }

  @Test
  void wordsAreAndedAndBadSyntaxStillSearches() throws Exception {
    assertThat(ids("الكلور دوما")).containsExactly("SK-middleEast-832-20180407");
    assertThat(ids("\"جرابلس")).contains("BB-middleEast-277-20180402");
    assertThat(index.search("", 0, 10).total()).isZero();
  }

  @Test
  void wholeArticleHighlightKeepsTheTextExactly() throws Exception {
    List<Segment> segs = index.highlightWhole("SK-middleEast-832-20180407", "الكلور");
    String joined = segs.stream().map(Segment::text).collect(Collectors.joining());
    assertThat(joined).startsWith("أعلنت مصادر طبية في دوما، السبت، مقتل 47 شخصا");
    assertThat(joined).hasSize(1753); // the article's whole text, unchanged
    assertThat(segs.stream().filter(s -> "hit".equals(s.cls())).map(Segment::text))
        .containsExactly("الكلور", "كلور"); // "بغاز الكلور" and "بالغازات السامة كلور"
    assertThat(index.highlightWhole("SK-middleEast-832-20180407", "فيلق")).isNull();
  }
}
