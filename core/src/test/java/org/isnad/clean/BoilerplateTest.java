package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words a boilerplate rule cannot match without, read from rules of {@code lexicon/boilerplate.tsv}. */
class BoilerplateTest {
  @Test
  void requiredLiteralOfRealRules() {
    assertThat(Boilerplate.requiredLiteral("\\s*رابط الخبر بصحيفة\\s+\\S+\\s*:.*$")).isEqualTo("رابط الخبر بصحيفة");
    assertThat(Boilerplate.requiredLiteral("\\s*للتواصل مع الكاتب\\s+ا?[أا]?رسل.*$")).isEqualTo("للتواصل مع الكاتب");
    assertThat(Boilerplate.requiredLiteral("(?<=[.!؟])\\s+سمات(?:\\s+[^\\s.،,]+){1,8}\\s*$")).isEqualTo("سمات");
    assertThat(Boilerplate.requiredLiteral("\\W*جميع\\s+(?:المقالات|الآراء)\\s+المنشورة\\s+تمثل\\s+رأي\\s+كتابها.*"))
        .isEqualTo("المنشورة");
    assertThat(Boilerplate.requiredLiteral("^\\s*Next\\s+Previous\\s*")).isEmpty();
    assertThat(Boilerplate.requiredLiteral("\\W*(?:انتهى|يتبع|النهاية)\\W*")).isEmpty();
    assertThat(Boilerplate.requiredLiteral("حمّ?لوا")).isEqualTo("لوا"); // the shadda under "?" splits the word
    assertThat(Boilerplate.requiredLiteral("\\s+تابعوا?\\s")).isEqualTo("تابعو"); // the letter under "?" is not required
    assertThat(Boilerplate.requiredLiteral("قناة|صفحة")).isEmpty();
  }
}
