package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counted nouns as ANT outlets write them (forms taken from the counted nouns of the ANT run) meet in one
 * contradiction slot: sound plurals and the accusative by rule, broken plurals by the lexicon.
 */
class CountedNounKeyTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "قتيلا, قتيل", "قتلى, قتيل", "القتلى, قتيل", "قتيلاً, قتيل",
      "شخصا, شخص", "أشخاص, شخص", "الأشخاص, شخص",
      "مدنيا, مدني", "المدنيين, مدني", "مدنيين, مدني",
      "جنود, جندي", "جنديا, جندي", "أطفال, طفل", "طفلا, طفل", "مسلحا, مسلح", "المسلحين, مسلح"})
  void formsOfOneNounShareAKey(String form, String singular) {
    assertThat(ContradictionFinder.nounKey(form)).isEqualTo(ContradictionFinder.nounKey(singular));
  }
}
