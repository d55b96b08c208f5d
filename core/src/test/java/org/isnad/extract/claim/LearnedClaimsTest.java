package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isnad.ArticleAnalyzer;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Ref;
import org.junit.jupiter.api.Test;

/**
 * The shipped pipeline's claims (the learned reader, {@link ClaimTagger}) on real sentences of the ANT
 * corpus (ANT v2.1, Chouigui et al., Apache-2.0; each cited by its article id, analysed alone with the
 * article's publication day): one per frame kind, a two-link chain, a relay frame, a source after the
 * claim, a STATEMENT claim, a passive with "من قبل", dates from the text and from the publication day.
 */
class LearnedClaimsTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.load();

  private static List<Claim> claims(String id, String published, String text) {
    Article a = new Article(id, id, null, null, published, null, null, text, List.of());
    return ANALYZER.analyze(a).claims();
  }

  /** type | source chain | actor | target | date (basis) | negated hedged */
  private static List<String> read(String id, String published, String text) {
    List<String> out = new ArrayList<>();
    for (Claim c : claims(id, published, text)) {
      List<String> chain = new ArrayList<>();
      if (c.source() != null) for (Ref r : c.source().chain()) chain.add(r.text());
      out.add(c.type() + " | " + String.join(" <- ", chain) + " | " + (c.actor() == null ? "-" : c.actor().text())
          + " | " + (c.target() == null ? "-" : c.target().text()) + " | " + c.date() + " (" + c.dateBasis() + ")"
          + (c.negated() ? " negated" : "") + (c.hedged() ? " hedged" : ""));
    }
    return out;
  }

  @Test
  void print() {
    String[][] cases = {
      {"AL-culture-37-20180206", "2018-02-06", "وقال مصدر أمني إن الحادث لم يسفر عن حدوث أي تلفيات، مؤكدا أن الفنان بخير، ولم يتهم أحدا بالتسبب في الحريق."},
      {"AL-internationalNews-1651-20180617", "2018-06-17", "ونقلت الوكالة عن مصدر بحكومة كوريا الجنوبية قوله، إن التعليق سيؤثر على المناورات المشتركة الكبرى فحسب دون التأثير على التدريبات العسكرية الروتينية."},
      {"AL-economy-842-20180617", "2018-06-17", "باتت باريس وبرلين قريبتين جدا من اتفاق حول إصلاح منطقة اليورو بعد أشهر من الانقسامات حيال الموضوع، وفق ما أعلن وزير المال الفرنسي برونو لو مير."},
      {"BB-middleEast-226-20180320", "2018-03-20", "وقد أعربت وكالات إنسانية عن قلقها جراء تزايد أعداد الضحايا المدنيين الناجمة عن القصف المستمر من قبل قوات التحالف."},
      {"AL-internationalNews-1135-20180512", "2018-05-12", "وبحسب مصادر ميدانية، فإن الميليشيات فجرت مخازن الأسلحة والمدافع ليلاً في مديرية الوازعية قبل أن تلوذ بالفرار."},
      {"AL-internationalNews-149-20180222", "2018-02-22", "وبحسب مصادر محلية، فإن الحوثيين داهموا المستشفى بأربعة أطقم مدرعة، بعد رفض مالكه أحمد شمر - البرلماني عن حزب الرئيس الراحل، علي عبدالله صالح، دفع المبلغ، وطلبوا منه تسليمهم المستشفى."},
      {"AL-internationalNews-1387-20180530", "2018-05-30", "وقال نتنياهو في تل أبيب، بحسب ما أورد مكتبه، إن الجيش يرد بقوة على النيران من قطاع غزة بهجمات ضد عشرات الأهداف \"في أقسى ضربة نوجهها إليها منذ سنوات\"."},
      {"AL-internationalNews-2022-20180722", "2018-07-22", "وقال جعجع، بحسب الوكالة الوطنية للإعلام، إن \"هذا خبر سار بالنسبة لنا كلبنانيين، ومن المهم جداً أن تستفيد الدولة اللبنانية من هذه الفرصة\"."},
      {"AL-economy-492-20180430", "2018-04-30", "قال محافظ البنك المركزي المصري، طارق عامر إنه سيتم عرض #قانون_البنوك_الجديد على مجلس إدارة المركزي يوم الاثنين، مشيرا إلى أنه يتضمن أفضل المعايير العالمية."},
      {"AL-internationalNews-1101-20180510", "2018-05-10", "إلى ذلك، نقلت وكالت رويترز عن مصدرين أمنيين قولهما إنه جرى العثور على دبلوماسي نيجيري ميتاً، الخميس، في منزله بالعاصمة السودانية الخرطوم."},
    };
    for (String[] c : cases) {
      System.out.println(c[0]);
      for (String r : read(c[0], c[1], c[2])) System.out.println("   " + r);
    }
  }
}
