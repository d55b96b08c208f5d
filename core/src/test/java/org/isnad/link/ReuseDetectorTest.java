package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Reuse;
import org.junit.jupiter.api.Test;

class ReuseDetectorTest {
  private static ArticleDigest digest(Article a) {
    return CorpusLinker.digest(new AnalyzedArticle(a, List.of(), List.of(), List.of()));
  }

  private static List<Reuse> reuse(Article... articles) {
    List<ArticleDigest> docs = new ArrayList<>();
    for (Article a : articles) docs.add(digest(a));
    return ReuseDetector.records(docs, new ReuseDetector().detect(docs));
  }

  /**
   * France 24 and Sky News Arabia carry the same two AFP paragraphs; Sky changed "وقالت الوكالة" to
   * "وأعلنت الوكالة عن", dropped "إرهابيي", dropped the brackets around سانا and wrote some hamzas
   * differently (الاسلام، اعلان، الى).
   */
  @Test
  void wireParagraphsCopiedWithEditsAreFoundWithBothSpans() {
    Map<String, Article> arts = Fixtures.articles();
    Article fr = arts.get("FR-middleEast-211-20180402");
    Article sk = arts.get("SK-middleEast-731-20180402");
    List<Reuse> found = reuse(fr, sk);
    assertThat(found).hasSize(1);
    Reuse r = found.get(0);
    assertThat(r.a()).isEqualTo("FR-middleEast-211-20180402");
    assertThat(r.b()).isEqualTo("SK-middleEast-731-20180402");
    String last = "من قياديي جيش الإسلام";
    assertThat(r.aStart()).isEqualTo(Fixtures.at(fr, "بدأت ظهر الاثنين")).isEqualTo(306);
    assertThat(r.aEnd()).isEqualTo(Fixtures.at(fr, last) + last.length()).isEqualTo(726);
    assertThat(r.bStart()).isEqualTo(0);
    assertThat(r.bEnd()).isEqualTo(Fixtures.at(sk, "من قياديي جيش الاسلام") + last.length()).isEqualTo(414);
    assertThat(r.text()).startsWith("بدأت ظهر الاثنين عملية إجلاء مقاتلين من \"جيش الإسلام\"")
        .contains("عدد من إرهابيي جيش الإسلام").endsWith(last);
    assertThat(r.similarity()).isEqualTo(0.958);
  }

  /** France 24's own lead restates the SANA report that Sky quotes: same facts, other words, not a copy. */
  @Test
  void aParaphraseIsNotACopy() {
    Map<String, Article> arts = Fixtures.articles();
    Article frArt = arts.get("FR-middleEast-211-20180402");
    Article skArt = arts.get("SK-middleEast-731-20180402");
    String lead = frArt.text().substring(0, frArt.text().indexOf("جرابلس.") + "جرابلس.".length());
    int s = Fixtures.at(skArt, "وأعلنت الوكالة عن");
    String quoted = skArt.text().substring(s, skArt.text().indexOf("\n", s));
    assertThat(lead).startsWith("ذكرت وكالة الأنباء السورية الرسمية أن حافلتين انطلقتا");
    assertThat(quoted).contains("خروج حافلتين من مدينة دوما على متنهما عدد من جيش الإسلام");
    Article fr = Fixtures.article("fr-lead", "france24", "2018-04-02", lead);
    Article sk = Fixtures.article("sk-quote", "skynews", "2018-04-02", quoted);
    assertThat(reuse(fr, sk)).isEmpty();
  }

  /** France 24's paragraph on the buses' route, re-edited: opening "و" dropped, a clause cut, diacritics gone. */
  @Test
  void aCopyWithADroppedClauseIsOnePassage() {
    Article fr = Fixtures.articles().get("FR-middleEast-211-20180402");
    String original = "وتتوقف الحافلات بعد خروجها عبر معبر الوافدين الواقع شمال دوما، عند نقطة تجمع تمهيداً لانطلاق القافلة "
        + "إلى مدينة جرابلس، الواقعة تحت سيطرة فصائل سورية موالية لأنقرة في محافظة حلب.";
    assertThat(fr.text()).contains(original);
    String edited = "تتوقف الحافلات بعد خروجها عبر معبر الوافدين عند نقطة تجمع تمهيدا لانطلاق القافلة "
        + "إلى مدينة جرابلس، الواقعة تحت سيطرة فصائل سورية موالية لأنقرة في محافظة حلب.";
    Article copy = Fixtures.article("copy", "other", "2018-04-02", "خبر عاجل.\n" + edited);
    List<Reuse> found = reuse(fr, copy);
    assertThat(found).hasSize(1);
    Reuse r = found.get(0);
    assertThat(r.text()).isEqualTo(original.substring(0, original.length() - 1));
    assertThat(copy.text().substring(r.bStart(), r.bEnd())).isEqualTo(edited.substring(0, edited.length() - 1));
    assertThat(r.similarity()).isEqualTo(0.897); // 26 of 29 words
  }

  @Test
  void copiesWithinOneOutletAreLeftOutByDefault() {
    Map<String, Article> arts = Fixtures.articles();
    Article fr = arts.get("FR-middleEast-211-20180402");
    Article again = Fixtures.article("FR-internationalNews-again", "france24", "2018-04-02", fr.text());
    assertThat(reuse(fr, again)).isEmpty();
    List<ArticleDigest> docs = List.of(digest(fr), digest(again));
    assertThat(new ReuseDetector(true).detect(docs)).hasSize(1);
  }
}
