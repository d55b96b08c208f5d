package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.SharedData;
import org.isnad.model.MentionType;
import org.isnad.text.Doc;
import org.junit.jupiter.api.Test;

/** The shipped name-finder model on real sentences. */
class NameTaggerTest {
  private static String names(Doc d, List<NameSpan> spans) {
    StringBuilder sb = new StringBuilder();
    for (NameSpan s : spans) {
      if (sb.length() > 0) sb.append(" | ");
      sb.append(s.type()).append(' ').append(s.firstToken()).append('-').append(s.endToken()).append(' ')
          .append(d.text(), d.tokens().start(s.firstToken()), d.tokens().end(s.endToken() - 1));
    }
    return sb.toString();
  }

  @Test
  void findsAPersonInNoGazetteerAndNotInTrainingAsAName() {
    // ANT corpus (news/ant-multisource-2018.jsonl.gz), an article of 2018 on the Skripal poisoning
    String s = "وتأزمت بعد اتهامها بالوقوف وراء محاولة اغتيال الجاسوس الروسي سيرغي سكريبال في بريطانيا.";
    Doc d = Doc.of(s);
    List<NameSpan> spans = NameTagger.load().tag(d);
    assertThat(names(d, spans)).isEqualTo("PER 9-11 سيرغي سكريبال | LOC 12-13 بريطانيا");
    NameLexicon.Word w = NameLexicon.load().word("سكريبال");
    assertThat(w == null ? 0 : w.gaz).as("no gazetteer lists the family name").isZero();
    assertThat(spans.get(0).confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void tagsAnAntSentenceWithAHashtaggedName() {
    // ANT corpus, Al Arabiya, AL-culture-190-20180322: "#ناصر_القصبي" is split at the underscore by the
    // tokenizer and found whole. (The shipped model misses "#صالح_مسلم" in AL-politics sentences: both of
    // its words are also common words, "valid" and "Muslim"; see models/ner/README.md.)
    String s = "وأشار المصدر نفسه إلى احتمال مشاركة الفنان #ناصر_القصبي في العمل بأحد الحلقات كضيف شرف.";
    Doc d = Doc.of(s);
    assertThat(names(d, NameTagger.load().tag(d))).isEqualTo("PER 8-10 ناصر_القصبي");
  }

  @Test
  void tagsTheFirstAnercorpTestSentence() throws Exception {
    List<ConllSentence> test = ConllSentence.read(SharedData.require("ner/anercorp/test.conll"));
    ConllSentence first = test.get(0);
    Doc d = Doc.of(String.join(" ", first.words()));
    // gold: الصالحية LOC, المفرق LOC, غيث الطراونة PER, عبدالله الثاني PER, الصالحية LOC, ونايفة LOC; the
    // dateline's two towns and the two villages of the last clause are missed
    assertThat(names(d, NameTagger.load().tag(d))).isEqualTo("PER 3-5 غيث الطراونة | PER 9-11 عبدالله الثاني");
  }

  @Test
  void findsAPersonAgainAcrossTheArticleByFullAndFamilyName() {
    // ANT corpus, Al Arabiya, AL-culture-106-20180301 (lines 3-4 and 6 of the article)
    String s = "وأكد الصحافي العراقي، حيدر النعيمي، زواج الفنان كاظم الساهر من الفتاة التي تنتمي إلى مدينة #صفاقس.\n"
        + "وتناقلت وسائل الإعلام خبر احتفال الساهر بعقد قرانه بالعاصمة الأميركية #واشنطن.\n"
        + "وكان النشطاء قد تداولوا أيضا عبر صفحات مواقع التواصل الاجتماعي صورا لكاظم الساهر برفقة الفتاة في مناسبات أخرى، "
        + "ووجهوا نداءات للساهر بأن يحسم الأمر";
    Doc d = Doc.of(s);
    assertThat(names(d, NameTagger.load().tag(d))).isEqualTo("PER 4-6 حيدر النعيمي | PER 9-11 كاظم الساهر"
        + " | LOC 18-19 صفاقس | PER 25-26 الساهر | LOC 31-32 واشنطن | PER 44-46 لكاظم الساهر | PER 54-55 للساهر");
  }

  @Test
  void neverTagsPunctuationAndLoadsOnce() {
    Doc d = Doc.of("، . ( ) « »");
    assertThat(NameTagger.load().tag(d)).isEmpty();
    assertThat(NameTagger.load()).isSameAs(NameTagger.load());
    assertThat(NameTagger.load().tag(Doc.of(""))).isEmpty();
  }

  @Test
  void spansCarryTheirType() {
    Doc d = Doc.of("وتأزمت بعد اتهامها بالوقوف وراء محاولة اغتيال الجاسوس الروسي سيرغي سكريبال في بريطانيا.");
    assertThat(NameTagger.load().tag(d)).extracting(NameSpan::type).containsExactly(MentionType.PER, MentionType.LOC);
  }
}
