package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.extract.ClaimExtractor;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Ref;
import org.isnad.text.Doc;
import org.junit.jupiter.api.Test;

/**
 * Plain movement and "reaching" words outside war news: sentences from ANT v2.1 (Apache-2.0, via
 * ../shared/data/news/ant-multisource-2018), ids cited per test. "خرج" and "غادر" are retreats only among
 * fighters, civilians, convoys or a deal; "توصل" is an agreement only when a deal is reached.
 */
class MovementAndDealTest {
  /** The lexicon rules alone: the fallback when no claim model is shipped, and the learned reader's features. */
  private static final ClaimExtractor X = ClaimExtractor.load().withTagger(null);

  private static List<Claim> claims(String id, String published, String text) {
    Article a = new Article(id, id, null, null, published, null, null, text, List.of());
    return X.extract(a, Doc.of(text), List.of(), List.of());
  }

  @Test
  void leavingIntensiveCareIsNoRetreat() {
    // AL-sport-1487-20180509
    assertThat(claims("AL-sport-1487-20180509", "2018-05-09", "وذكر نادي مانشستر الإنجليزي لكرة القدم يوم الأربعاء أن "
        + "أليكس فيرغوسون الذي خضع لعملية إثر نزيف دماغي، خرج من غرفة العناية المركزة.")).isEmpty();
    // BB-middleEast-1080-20181009: the denial is a claim, the departure from the consulate is not
    assertThat(claims("BB-middleEast-1080-20181009", "2018-10-09",
        "لكن السعودية تنفي ذلك، وتقول إن خاشقجي غادر مقر القنصلية بعد وقت قصير من وصوله إليها."))
        .extracting(Claim::type, Claim::actor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("REJECT", new Ref("السعودية", null)));
  }

  @Test
  void reachingAConclusionIsNoAgreement() {
    // BB-technology-301-20180705
    assertThat(claims("BB-technology-301-20180705", "2018-07-05", "وتوصل علماء إلى أن الرجال الذين تناولوا حفنتين من "
        + "اللوز والبندق والجوز يوميا لمدة 14 أسبوعا زاد عدد حيواناتهم المنوية وتحسنت قدرة الحيوانات \"على السباحة\"."))
        .isEmpty();
  }

  @Test
  void reachingADealIsAnAgreementWithItsParties() {
    // CN-economy-248-20180902 (first clause): the subject sits between the verb and "إلى اتفاق"
    String text = "وتوصلت تونس، الجمعة، إلى اتفاق مع صندوق النقد الدولي بشأن السياسات اللازمة لاستكمال المراجعة الرابعة لملفها.";
    List<Claim> c = claims("CN-economy-248-20180902", "2018-09-02", text);
    assertThat(c).extracting(Claim::type, Claim::actor).containsExactly(
        org.assertj.core.groups.Tuple.tuple("AGREE", new Ref("تونس", null)));
  }
}
