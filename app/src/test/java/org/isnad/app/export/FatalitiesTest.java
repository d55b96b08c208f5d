package org.isnad.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts of the dead in sentences of the ANT corpus (2018), and counts that are not. */
class FatalitiesTest {
  final Fatalities dead = new Fatalities();

  boolean dead(String sentence, String count, String counted) {
    int at = sentence.indexOf(count);
    return dead.dead(sentence, 0, at, at + count.length(), counted);
  }

  @Test
  void aKillingBeforeOrAfterTheCount() {
    String skynews = "أعلنت مصادر طبية في دوما، السبت، مقتل 47 شخصا بهجوم شنه النظام السوري بغاز الكلور";
    assertThat(dead(skynews, "47 شخصا", "شخصا")).isTrue();
    String bbc = "قال مسعفون وعمال إغاثة في سوريا إن 150 شخصا على الأقل قتلوا بعدما أسقط غاز سام على مدينة دوما";
    assertThat(dead(bbc, "150 شخصا", "شخصا")).isTrue();
    String cnn = "وأنه تسبب بمقتل ما لا يقل عن 25 شخصاً وجرح 500 آخرين.";
    assertThat(dead(cnn, "25 شخصاً", "شخصاً")).isTrue();
    assertThat(dead(cnn, "500 آخرين", "آخرين")).isFalse(); // the wounded
    assertThat(dead("وسقط 10 قتلى في القصف", "10 قتلى", "قتلى")).isTrue();
  }

  @Test
  void countsMixedWithTheWoundedOrOfSomethingElse() {
    assertThat(dead("أسفر الهجوم عن مقتل وإصابة 20 شخصا", "20 شخصا", "شخصا")).isFalse();
    assertThat(dead("سقط 5 قتلى وجرحى في الانفجار", "5 قتلى", "قتلى")).isFalse();
    assertThat(dead("وأفاد التلفزيون السوري بخروج حافلتين على متنهما عدد من مسلحي جيش الإسلام", "حافلتين", "حافلتين")).isFalse();
  }

  @Test
  void theKillingStaysWithItsOwnCount() {
    String s = "وأسفرت الحرب عن مصرع عشرات آلاف الأشخاص ودفعت نحو أربعة ملايين إلى الفرار من منازلهم.";
    int first = s.indexOf("عشرات آلاف الأشخاص"), firstEnd = first + "عشرات آلاف الأشخاص".length();
    int second = s.indexOf("نحو أربعة ملايين"), secondEnd = second + "نحو أربعة ملايين".length();
    assertThat(dead.dead(s, 0, first, firstEnd, "الأشخاص", 0, second)).isTrue();
    assertThat(dead.dead(s, 0, second, secondEnd, null, firstEnd, Integer.MAX_VALUE)).isFalse();
  }
}
