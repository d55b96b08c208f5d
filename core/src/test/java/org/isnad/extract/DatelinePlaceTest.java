package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A place inside the dateline that opens an article is the dateline's, never the clause's: CNN Arabic's
 * "دبي، الإمارات العربية المتحدة (CNN) --" had placed an ANT 2018 Security Council session on Gaza in Dubai,
 * which then "contradicted" the Gaza killings' own place (issue 15's judged sample, docs/judging).
 */
class DatelinePlaceTest {
  /** CN-middleEast-934-20180515, its first words. */
  @Test
  void cnnsDatelineEndsAtItsDashes() {
    String text = "دبي، الإمارات العربية المتحدة (CNN) -- رغم أن مجلس الأمن عقد جلسته الطارئة الثلاثاء لمناقشة الوضع في غزة";
    int end = ClaimExtractor.datelineEnd("دبي", text);
    assertThat(text.substring(0, end)).isEqualTo("دبي، الإمارات العربية المتحدة (CNN) --");
  }

  /** A text that opens with the place in its first sentence: the dateline is the place alone. */
  @Test
  void aPlaceThatOpensTheSentenceIsTheDatelineAlone() {
    String text = "دمشق تتهم إسرائيل بقصف مطار عسكري قرب حمص.";
    assertThat(ClaimExtractor.datelineEnd("دمشق", text)).isEqualTo(4);
  }

  /** A text that does not open with its dateline's place has no dateline head. */
  @Test
  void noHeadWhenTheTextDoesNotOpenWithIt() {
    assertThat(ClaimExtractor.datelineEnd("دبي", "قال مسؤولون في دبي إن ...")).isZero();
    assertThat(ClaimExtractor.datelineEnd(null, "دبي - ...")).isZero();
  }
}
