package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Dateline forms of issue 2 and of the outlets in ../shared/data, each opening a real first sentence. */
class DatelinesTest {
  // ANT SK-economy-282-20180404
  static final String S = "تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية.";

  static Article clean(String text) {
    return ArticleCleanerTest.CLEANER.clean(new RawDocument("d", "d", null, null, null, null, text, false));
  }

  static String[] read(String text) {
    Article a = clean(text);
    return new String[] {a.dateline(), a.outlet()};
  }

  @Test
  void placeAndAgency() {
    assertThat(read("دمشق - سانا: " + S)).containsExactly("دمشق", null);
    assertThat(read("بيروت/وكالات\n" + S)).containsExactly("بيروت", null);
    assertThat(read("القاهرة (رويترز) - " + S)).containsExactly("القاهرة", null);
    assertThat(read("موسكو - د ب أ\n" + S)).containsExactly("موسكو", null);
  }

  @Test
  void outletThenPlace() {
    assertThat(read("عنب بلدي – درعا (خاص)\n" + S)).containsExactly("درعا", "عنب بلدي");
    assertThat(read("سبق- الرياض: " + S)).containsExactly("الرياض", "سبق"); // SaudiNewsNet 2015-07-21-2847
    assertThat(read("عين اليوم – جدة\n" + S)).containsExactly("جدة", "عين اليوم"); // 3alyoum
  }

  @Test
  void reportersBeforeTheOutletAndAPlaceTheListDoesNotKnow() {
    // SaudiNewsNet sabq: "حسن العيسي- سبق- القنفذة: تسبب ماس كهربائي ..."
    assertThat(read("حسن العيسي- سبق- القنفذة: " + S)).containsExactly("القنفذة", "سبق");
    assertThat(read("محمد البقمي- سبق: " + S)).containsExactly(null, "سبق");
  }

  @Test
  void cityCountryAndOutletInBrackets() {
    // ANT CN-economy-10-20180208: "دبي، الإمارات العربية المتحدة (CNN)-- وقعت هواتف ..."
    assertThat(read("دبي، الإمارات العربية المتحدة (CNN)-- " + S)).containsExactly("دبي", "سي إن إن بالعربية");
  }

  @Test
  void sentencesThatStartWithAPlaceAreNotDatelines() {
    assertThat(read("دمشق، العاصمة السورية، شهدت تحسنا في سعر صرف الليرة خلال الأيام الماضية.")).containsExactly(null, null);
    assertThat(read(S)).containsExactly(null, null);
    assertThat(read("في القاهرة - " + S)).containsExactly(null, null);
  }
}
