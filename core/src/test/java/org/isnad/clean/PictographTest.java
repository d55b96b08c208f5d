package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Emoji in embedded posts quoted by ANT articles (ids cited) are dropped and recorded. */
class PictographTest {
  @Test
  void emojiRunsAreRemovedAndRecordedSoOffsetsAgreeAcrossLanguages() {
    List<String> removed = new ArrayList<>();
    // CN-sport-374-20180827
    String text = ArticleCleaner.withoutPictographs("على فكرة انا مع صلاح بس بقول كده عشان تعندو وتغيرو الاتحاد 😎👍🏻", removed);
    assertThat(text).isEqualTo("على فكرة انا مع صلاح بس بقول كده عشان تعندو وتغيرو الاتحاد ");
    assertThat(removed).containsExactly("😎👍🏻");
    // CN-sport-394-20180910: a flag, an eagle and a flag in one run; a pointing hand after a word
    removed.clear();
    assertThat(ArticleCleaner.withoutPictographs("#كرامة_البلد🇮🇶🦅🇮🇶 يوتيوب👈 https://youtu.be/k8dmMdcPP_s", removed))
        .isEqualTo("#كرامة_البلد يوتيوب https://youtu.be/k8dmMdcPP_s");
    assertThat(removed).containsExactly("🇮🇶🦅🇮🇶", "👈");
  }

  @Test
  void textWithoutPictographsIsReturnedAsIs() {
    List<String> removed = new ArrayList<>();
    String s = "بدأت عملية إجلاء مقاتلين من \"جيش الإسلام\".";
    assertThat(ArticleCleaner.withoutPictographs(s, removed)).isSameAs(s);
    assertThat(removed).isEmpty();
  }
}
