package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A count is read at the quantity's own offsets in the article text: its range from the hedges around it,
 * its class and its role. Issue 15's case: where the claim starts inside its sentence (at the content
 * after "إن"), a window found from the claim's start missed "أكثر من" and reported 40 against 55 although
 * "more than 40" admits 55. Sentences from ANT v2.1 (ids cited).
 */
class CountRangeTest {
  /** BB-middleEast-84-20180224, with the figure written again before it (as a lead and its body do). */
  private static final String BBC = "وقتل 500 مدني في الشهر الماضي. "
      + "قال ناشطون في منطقة الغوطة الشرقية بالقرب من دمشق إن أكثر من 500 مدنيا قتلوا، منذ بدء القصف الجوي الحكومي المكثف على المنطقة.";

  private static Quantity quantity(String text, String written, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) at = text.indexOf(written, at + 1);
    return new Quantity("a#q" + at, at, at + written.length(), written, 500, false, "مدنيا");
  }

  @Test
  void moreThanIsReadBeforeTheQuantityInItsOwnClauseAfterInna() {
    // the quantity as the reader wrote it, without its hedge: the hedge is in the text before it
    Quantity q = quantity(BBC, "500 مدنيا", 0);
    // "منذ بدء القصف": a total over the campaign, so it takes no role (CountScopeTest)
    assertThat(CountReader.read(BBC, q)).isEqualTo(new CountReader.Count(500, 500, 750, "civilians", null));
  }

  @Test
  void theSameFigureElsewhereKeepsItsOwnExactRange() {
    Quantity q = quantity(BBC, "500 مدني", 0);
    assertThat(CountReader.read(BBC, q)).isEqualTo(new CountReader.Count(500, 500, 500, "civilians", "killed"));
  }

  /** SK-middleEast-700-20180401: "يقضي بإجلاء 1300 مدني من الراغبين في الخروج من دوما". */
  @Test
  void evacuatedCiviliansAreNotKilledCivilians() {
    String text = "توصل جيش الإسلام، أحد فصائل المعارضة السورية، وروسيا إلى اتفاق جزئي يقضي بإجلاء 1300 مدني من الراغبين في الخروج من دوما بغوطة دمشق الشرقية إلى إدلب.";
    int at = text.indexOf("1300");
    Quantity q = new Quantity("a#q" + at, at, at + "1300 مدني".length(), "1300 مدني", 1300, false, "مدني");
    assertThat(CountReader.read(text, q)).isEqualTo(new CountReader.Count(1300, 1300, 1300, "civilians", "evacuated"));
  }

  /** SK-middleEast-857-20180408: "قرابة 8 آلاف من مقاتلي الفصيل". */
  @Test
  void aboutWidensTheRange() {
    String text = "ويقضي الاتفاق بانسحاب قرابة 8 آلاف من مقاتلي الفصيل ونحو 40 ألف من عائلاتهم.";
    int at = text.indexOf("8 آلاف");
    Quantity q = new Quantity("a#q" + at, at, at + "8 آلاف من مقاتلي".length(), "8 آلاف من مقاتلي", 8000, false, "مقاتلي");
    assertThat(CountReader.read(text, q)).isEqualTo(new CountReader.Count(8000, 6400, 9600, "fighters", "evacuated"));
  }

  /** A count of a thing outside the lexicon (dollars, goals) has no class and is never compared. */
  @Test
  void aCountOfDollarsHasNoClass() {
    assertThat(CountReader.countedClass("دولار")).isNull();
    assertThat(CountReader.countedClass("المدنيين")).isEqualTo("civilians");
    assertThat(CountReader.countedClass("قتلى")).isEqualTo("dead");
    assertThat(CountReader.countedClass("شخصاً")).isEqualTo("people");
  }
}
