package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.extract.ClaimExtractor;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.model.Ref;
import org.isnad.model.Source;
import org.isnad.text.Doc;
import org.junit.jupiter.api.Test;

/**
 * Whole claims with every field, on sentences of ../shared/data/events (arabic_event_gsr, MIT; the
 * publication date is the one in the id) and ../shared/data/news/ant-multisource-2018 (Apache-2.0).
 */
class ClaimExtractorTest {
  /** The lexicon rules alone: the fallback when no claim model is shipped, and the learned reader's features. */
  private static final ClaimExtractor X = ClaimExtractor.load().withTagger(null);

  static List<Claim> claims(String id, String published, String text, List<Mention> mentions, List<Quantity> qs) {
    Article a = new Article(id, id, null, null, published, null, null, text, List.of());
    return X.extract(a, Doc.of(text), mentions, qs);
  }

  static Mention mention(String text, String word, MentionType type, String entity) {
    int s = text.indexOf(word);
    return new Mention(s, s + word.length(), word, type, entity, null);
  }

  @Test
  void verbFirstClauseUnderAReportingVerb() {
    String text = "قالت وزارة الدفاع الافغانية امس ان قوات اجنبية قتلت تسعة جنود افغان بطريق الخطأ في ضربة جوية "
        + "في جنوب شرقي افغانستان الليلة الماضية.";
    List<Claim> c = claims("AAW_ARB_20081023.0034-1", "2008-10-23", text, List.of(), List.of());
    // the claim spans the reported content, after "ان"
    assertThat(c).containsExactly(new Claim("AAW_ARB_20081023.0034-1#c1", "AAW_ARB_20081023.0034-1",
        text.indexOf("قوات اجنبية"), text.length(), text,
        "ASSAULT", new Ref("قوات اجنبية", null), new Ref("تسعة جنود افغان", null), null, "2008-10-22", List.of(),
        Source.of("وزارة الدفاع الافغانية", null), false, false, null));
  }

  @Test
  void sourceAfterTheClaimWithMentionsAndCounts() {
    // AL-internationalNews-511-20180317 (Al Arabiya, Sat 17 Mar 2018): "الجمعة" is the day before
    String text = "وأسفر القصف التركي، الجمعة، عن مقتل 43 مدنياً في عفرين، بينهم 16 مدنياً جراء غارة استهدفت المشفى "
        + "الرئيسي في المدينة، بحسب المرصد، الأمر الذي نفاه الجيش التركي.";
    String id = "AL-internationalNews-511-20180317";
    List<Mention> m = List.of(mention(text, "عفرين", MentionType.LOC, "place.afrin"),
        mention(text, "المرصد", MentionType.ORG, "sohr"), mention(text, "الجيش التركي", MentionType.ORG, "turkey.military"));
    int q1 = text.indexOf("43 مدنياً");
    int q2 = text.indexOf("16 مدنياً");
    List<Quantity> qs = List.of(new Quantity(id + "#q" + q1, q1, q1 + 9, "43 مدنياً", 43, false, "مدنياً"),
        new Quantity(id + "#q" + q2, q2, q2 + 9, "16 مدنياً", 16, false, "مدنياً"));
    List<Claim> c = claims(id, "2018-03-17", text, m, qs);
    assertThat(c).hasSize(1);
    Claim k = c.get(0);
    assertThat(k.type()).isEqualTo("ASSAULT");
    assertThat(k.date()).isEqualTo("2018-03-16");
    assertThat(k.source()).isEqualTo(new Source("المرصد", "sohr", List.of(new Ref("المرصد", "sohr"))));
    assertThat(k.location()).isEqualTo(new Place("عفرين", "place.afrin", null, null));
    assertThat(k.quantities()).containsExactly(id + "#q" + q1, id + "#q" + q2);
    assertThat(k.hedged()).isFalse();
  }

  @Test
  void nestedChain() {
    // AAW_ARB_20071110.0003-4: Reuters relays Iraqi security sources
    String text = "ونقلت وكالة رويترز عن مصادر امنية عراقية قولها، ان المهاجم فجر نفسه خلال اجتماع لزعماء العشائر ليقتل "
        + "خمسة من اعضاء «مجلس انقاذ ديالى»، الذي شكل لمكافحة عناصر «القاعدة» في المحافظة.";
    List<Claim> c = claims("AAW_ARB_20071110.0003-4", "2007-11-10", text, List.of(), List.of());
    assertThat(c).extracting(Claim::type).containsExactly("ASSAULT");
    assertThat(c.get(0).source()).isEqualTo(new Source("مصادر امنية عراقية", null,
        List.of(new Ref("وكالة رويترز", null), new Ref("مصادر امنية عراقية", null))));
    assertThat(c.get(0).actor()).isEqualTo(new Ref("المهاجم", null));
    assertThat(c.get(0).target()).isEqualTo(new Ref("خمسة من اعضاء «مجلس انقاذ ديالى", null));
    // the claim is the reported content, after "قولها، ان"
    assertThat(c.get(0).start()).isEqualTo(text.indexOf("المهاجم"));
  }

  @Test
  void agentPhraseAndPassive() {
    // AAW_ARB_20080512.0018-9: "اختطفا ... على يد مسلحين"
    String text = "وقال خليل إن ضابط شرطة وجنديا من الجيش اختطفا من منزليهما على يد مسلحين خلال إجازتهما ثم قتلا في وقت لاحق.";
    Claim k = claims("AAW_ARB_20080512.0018-9", "2008-05-12", text, List.of(), List.of()).get(0);
    assertThat(k.type()).isEqualTo("ASSAULT");
    assertThat(k.actor()).isEqualTo(new Ref("مسلحين", null));
    assertThat(k.source()).isEqualTo(Source.of("خليل", null));
  }

  @Test
  void protestersNamedByTheParticipantNoun() {
    // AAW_ARB_20080402.0019-1
    String text = "تظاهر أمس مئات من عناصر وكوادر جماعة الإخوان المسلمين، بمختلف المحافظات المصرية، احتجاجاً على عدم "
        + "إدراج أسماء مرشحي الجماعة.";
    Claim k = claims("AAW_ARB_20080402.0019-1", "2008-04-02", text, List.of(), List.of()).get(0);
    assertThat(k.type()).isEqualTo("PROTEST");
    assertThat(k.actor()).isEqualTo(new Ref("مئات من عناصر وكوادر جماعة الإخوان المسلمين", null));
    assertThat(k.target()).isEqualTo(new Ref("عدم إدراج أسماء مرشحي الجماعة", null));
    assertThat(k.date()).isEqualTo("2008-04-01");
  }

  @Test
  void aStatementIsTypedByItsVerb() {
    // AAW_ARB_20071102.0022-19: اتهم → ACCUSE, asserted by the outlet itself
    String text = "واتهم المتظاهرون الذين تجمعوا في شوارع بانيا لوكا، المبعوث الدولي بمحاولة إلغائهم.";
    List<Claim> c = claims("AAW_ARB_20071102.0022-19", "2007-11-02", text, List.of(), List.of());
    assertThat(c).extracting(Claim::type).contains("ACCUSE");
    Claim k = c.stream().filter(x -> x.type().equals("ACCUSE")).findFirst().orElseThrow();
    assertThat(k.actor()).isEqualTo(new Ref("المتظاهرون", null));
    assertThat(k.source()).isNull();
  }

  @Test
  void negatedAndHypotheticalEventsMakeNoAssertedClaim() {
    // AAW_ARB_20071013.0001-2: a condition
    assertThat(claims("AAW_ARB_20071013.0001-2", "2007-10-13", "وقال ان أنقرة مستعدة لتحمل الانتقادات الدولية اذا شنت هجوما.",
        List.of(), List.of())).noneMatch(c -> c.type().equals("ASSAULT"));
    // AAW_ARB_20081111.0051-13: "ولم يصب احد" is a negated claim
    List<Claim> c = claims("AAW_ARB_20081111.0051-13", "2008-11-11", "وقال ان الراهبتين بخير ولم يصب احد خلال عملية الخطف.",
        List.of(), List.of());
    assertThat(c).anyMatch(x -> x.type().equals("ASSAULT") && x.negated());
  }

  @Test
  void hedgedByTheNextSentence() {
    // BB-internationalNews-1039-20180827
    String text = "وتبعاً لـ \"لوس انجيلس تايمز\"، فإن أحد المتسابقين فتح النار على المشاركين بعد خسارته ثم قتل نفسه. "
        + "وقال التقرير الذي أورد هذا الخبر بناءاً على تصريح أحد المتسابقين إلا أنه لم يتسن لهم التأكد من المعلومات.";
    List<Claim> c = claims("BB-internationalNews-1039-20180827", "2018-08-27", text, List.of(), List.of());
    assertThat(c).hasSize(1);
    assertThat(c.get(0).hedged()).isTrue();
    assertThat(c.get(0).actor()).isEqualTo(new Ref("أحد المتسابقين", null));
    assertThat(c.get(0).target()).isEqualTo(new Ref("المشاركين", null));
    assertThat(c.get(0).source()).isEqualTo(Source.of("لوس انجيلس تايمز", null));
  }

  @Test
  void noClaimWithoutAnEventOrStatementType() {
    // AAW_ARB_20080203.0006-5: a report of a number, no event verb
    assertThat(claims("AAW_ARB_20080203.0006-5", "2008-02-03", "وافادت السلطات العسكرية التي تحرس القبر ان عدد الزوار ناهز مائة الف شخص.",
        List.of(), List.of())).isEmpty();
  }
}
