package org.isnad.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.isnad.app.report.Fixture;
import org.isnad.app.report.Segment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries that cost too much are refused at once; fuzzy words within the caps are marked from their expansion. */
public class SearchCostTest {
  @TempDir
  static Path dir;
  static SearchIndex index;

  /** 48 fuzzy words OR-ed, 480 to 500 characters: took 7 s to highlight on the 18-article example before the caps. */
  public static final String FUZZY_500;

  static {
    String[] words = ("أفادت التقارير الواردة من سوريا بأنه جرى التوصل إلى اتفاق بين الحكومة وفصائل المعارضة المسلحة "
        + "يقضي بإجلاء مقاتلي جيش الإسلام من مدينة دوما آخر معاقل المعارضة في الغوطة الشرقية قرب العاصمة دمشق").split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 480; i++) b.append(i == 0 ? "" : " OR ").append(words[i % words.length]).append('~');
    FUZZY_500 = b.toString();
  }

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

  @Test
  void aLongFuzzyQueryIsRefusedAtOnce() {
    assertThatThrownBy(() -> index.search(FUZZY_500, 0, 50)).isInstanceOf(QueryCost.TooCostly.class)
        .hasMessage("query has 48 fuzzy, wildcard or range words; at most 8");
    assertThatThrownBy(() -> index.highlightWhole("FR-middleEast-211-20180402", FUZZY_500))
        .isInstanceOf(QueryCost.TooCostly.class);
  }

  @Test
  void tooManyWordsAreRefused() {
    String q = "دوما ".repeat(65);
    assertThatThrownBy(() -> index.search(q, 0, 50)).isInstanceOf(QueryCost.TooCostly.class)
        .hasMessage("query has 65 words; at most 64");
    // cut at 500 characters: 100 words of "دوما "
    assertThatThrownBy(() -> index.search("دوما ".repeat(200), 0, 50)).hasMessage("query has 100 words; at most 64");
  }

  @Test
  void twoEditsAreForTwoWordsAtMost() throws Exception {
    assertThatThrownBy(() -> index.search("دوما~2 OR حلب~2 OR دمشق~2", 0, 50)).isInstanceOf(QueryCost.TooCostly.class)
        .hasMessage("query has 3 fuzzy words of two edits (~2); at most 2");
    assertThat(index.search("دوما~2 OR دمشق~2", 0, 50).total()).isPositive();
  }

  @Test
  void fuzzyWordsWithinTheCapsAreFoundAndMarked() throws Exception {
    SearchIndex.Results r = index.search("دومى~ OR المعارضه~", 0, 50);
    assertThat(r.total()).isPositive();
    List<String> marked = r.hits().stream().flatMap(h -> h.snippets().stream()).flatMap(List::stream)
        .filter(s -> "hit".equals(s.cls())).map(Segment::text).distinct().toList();
    assertThat(marked).contains("دوما");
  }
}
