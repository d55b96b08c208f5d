package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules that keep false contradictions out, on issue 15's false cases and real ANT v2.1 sentences
 * (article ids cited).
 */
class ContradictionRulesTest {
  /** Issue 15: "فيلق الرحمن / جيش الإسلام / المعارضة" were reported as conflicting actors of one evacuation. */
  @Test
  void anActorItsPartAndItsAlliesAreNeverOpposed() {
    assertThat(ContradictionFinder.opposed("jaysh-al-islam", "faylaq-al-rahman")).isFalse(); // one camp
    assertThat(ContradictionFinder.opposed("jaysh-al-islam", "syria.opposition.armed")).isFalse(); // its whole
    assertThat(ContradictionFinder.opposed("syria.government", "russia")).isFalse(); // allies ("مقاتلات سورية وروسية")
    assertThat(ContradictionFinder.opposed("hezbollah", "syria.government")).isFalse();
    assertThat(ContradictionFinder.partOf("russia.army", "russia")).isTrue();
  }

  /** BB-middleEast-828-20180802 / FR: who struck Hodeidah, the Houthis or the Saudi-led coalition, cannot both hold. */
  @Test
  void opposedCampsCanContradict() {
    assertThat(ContradictionFinder.opposed("houthis", "saudi-coalition")).isTrue();
    assertThat(ContradictionFinder.opposed("isis", "syria.government")).isTrue();
  }

  /** SK-middleEast-700-20180401: the origin and the destination of an evacuation are not where it happened. */
  @Test
  void originAndDestinationAreNoPlaceOfTheEvent() {
    String s = "توصل جيش الإسلام، أحد فصائل المعارضة السورية، وروسيا إلى اتفاق جزئي يقضي بإجلاء 1300 مدني من الراغبين في الخروج من دوما بغوطة دمشق الشرقية إلى إدلب.";
    assertThat(ContradictionFinder.movement(s, "دوما")).isTrue();
    assertThat(ContradictionFinder.movement(s, "إدلب")).isTrue();
  }

  /** BB-internationalNews-380-20180422: the Kabul bombing happened in Kabul. */
  @Test
  void thePlaceOfAnAttackIsItsPlace() {
    String s = "قتل 31 شخصا في هجوم انتحاري استهدف مركزا لتسجيل الناخبين في العاصمة الأفغانية كابول، بحسب مسؤولين.";
    assertThat(ContradictionFinder.movement(s, "كابول")).isFalse();
  }
}
