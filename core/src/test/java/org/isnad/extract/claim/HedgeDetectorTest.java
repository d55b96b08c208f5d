package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.text.Doc;
import org.junit.jupiter.api.Test;

/** Hedges on real text: ../shared/data/news/ant-multisource-2018 (Apache-2.0) and ../shared/data/events (MIT). */
class HedgeDetectorTest {
  private static final HedgeDetector HEDGES = HedgeDetector.load();

  static boolean[] hedged(String text) {
    Doc d = Doc.of(text);
    return HEDGES.hedged(d.tokens(), d.sentences());
  }

  @Test
  void unconfirmedHedgesTheSentenceBefore() {
    // BB-internationalNews-1039-20180827
    boolean[] h = hedged("وتبعاً لـ \"لوس انجيلس تايمز\"، فإن أحد المتسابقين فتح النار على المشاركين بعد خسارته ثم قتل نفسه. "
        + "وقال التقرير الذي أورد هذا الخبر بناءاً على تصريح أحد المتسابقين إلا أنه لم يتسن لهم التأكد من المعلومات.");
    assertThat(h).containsExactly(true, true);
  }

  @Test
  void allegedAndUnconfirmedWords() {
    // AAW_ARB_20080514.0030-12 ("غير مؤكدة"), AAW_ARB_20080305.0028-13 ("زعم")
    assertThat(hedged("وأضاف «هيومان رايتس ووتش تلقت تقارير غير مؤكدة عن ان بعض المعتقلين تعرضوا للتعذيب».")).containsExactly(true);
    assertThat(hedged("وكان الجيش الاسرائيلي قد زعم ان القذائف الصاروخية البعيدة المدى من صنع ايران.")).containsExactly(true);
    assertThat(hedged("وتحدثت أنباء عن سقوط قتلى في القصف.")).containsExactly(true);
    // AAW_ARB_20081031.0026-1: a plain report
    assertThat(hedged("انفجرت سيارة مفخخة بعيد الساعة الحادية عشرة من صباح أمس في موقف السيارات التابع لجامعة نابارا.")).containsExactly(false);
  }
}
