package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.junit.jupiter.api.Test;

/** Merging on the statement itself, when the extractor resolved no actor, target or place. */
class EventMergerTest {
  /** BBC (BB-middleEast-316-20180409) and Sky (SK-middleEast-876-20180409) on Syria first blaming the West. */
  private static final String BBC = "وقد اتهمت سوريا في البداية الغرب بالوقوف وراء القصف، إذ كان كل من الولايات المتحدة وفرنسا "
      + "قد هددتا بالرد على الهجوم الكيماوي المزعوم، بيد أنهما نفيا قيامهما بقصف القاعدة.";
  private static final String SKY = "واتهمت سوريا في البداية الغرب بالوقوف وراء القصف، إذ كان كل من الولايات المتحدة وفرنسا "
      + "هددتا بالرد على الهجوم الكيماوي المزعوم، بيد أنهما نفيا قصف القاعدة.";
  /** Sky, same article: the strike's toll, another statement. */
  private static final String TOLL = "وقتل 14 شخصا وجرح آخرون في القصف، بحسب المرصد السوري لحقوق الإنسان.";

  private static ArticleDigest digest(String id, String outlet, String text, String type) {
    Article a = Fixtures.article(id, outlet, "2018-04-09", text);
    Claim c = new Claim(id + "#c0", id, 0, text.length(), text, type, null, null, null, null, List.of(), null, false, false, null);
    return CorpusLinker.digest(new AnalyzedArticle(a, List.of(), List.of(), List.of(c)));
  }

  @Test
  void theSameStatementMergesWithoutActorsOrPlaces() {
    List<ArticleDigest> docs = List.of(digest("bbc", "BBC", BBC, "ACCUSE"), digest("sky", "skynews", SKY, "ACCUSE"),
        digest("sky-toll", "skynews", TOLL, "ACCUSE"));
    List<int[]> events = new EventMerger().merge(EventMerger.items(docs), List.of(), docs.size());
    assertThat(events).containsExactly(new int[] {0, 1}, new int[] {2});
  }

  private static EventMerger.Item item(String sentence, String actor, String target, String place) {
    EventMerger.Sketch s = EventMerger.sketch(sentence);
    return new EventMerger.Item(null, 0, 0, actor, target, place, s.minHash(), s.words());
  }

  /**
   * Issue 15's judged merge pairs: Sky (SK-internationalNews-508-20180322) and Al Arabiya
   * (AL-internationalNews-865-20180410) both have the Turkish authorities arresting people, in Izmir and
   * Adana and in Gabon: read as the same actor and target (the authorities, Gülen's followers) but with a
   * word or two in common, two events (two shared slots alone merged them before).
   */
  @Test
  void sharedSlotsWithFewWordsAreTwoEvents() {
    EventMerger.Item izmir = item("كما اعتقلت السلطات 26 شخصا على الأقل في مدينتي ازمير وأضنة.", "turkey.government", "gulen-movement", null);
    EventMerger.Item gabon = item("وأضافت الوكالة أن السلطات اعتقلت المواطنين الأتراك، الذين كانوا مديري مدارس مرتبطة بغولن في #الغابون، "
        + "في العاصمة ليبرفيل في 23 مارس/آذار.", "turkey.government", "gulen-movement", null);
    assertThat(EventMerger.sameEvent(izmir, gabon)).isFalse();
  }

  /**
   * BB-middleEast-308-20180408 and FR-internationalNews-627-20180408 on the Douma attack: France 24 recalls
   * it inside a sentence about Macron's talks, which holds a third of BBC's words: one event.
   */
  @Test
  void aRecallHoldingMuchOfTheReportIsTheSameEvent() {
    EventMerger.Item bbc = item("قال مسعفون وعمال إغاثة في سوريا إن 150 شخصا على الأقل قتلوا بعدما أسقط غاز سام على مدينة دوما، "
        + "آخر معاقل جماعات المعارضة في الغوطة الشرقية.", null, null, "place.douma");
    EventMerger.Item fr = item("قضايا دولية هامة أخرى ستكون أيضا على طاولة المحادثات بين الرئيس ماكرون وولي العهد السعودي، منها "
        + "الوضع في سوريا خاصة بعد القصف بـ«الغازات السامة\" الذي تعرضت إليه بلدة دوما في الغوطة الشرقية السبت الماضي والذي "
        + "تسبب في مقتل 40 شخصا على الأقل ووقوع حالات كثيرة من الاختناق.", null, null, "place.douma");
    assertThat(EventMerger.containment(bbc, fr)).isGreaterThanOrEqualTo(EventMerger.LINKED);
    assertThat(EventMerger.sameEvent(bbc, fr)).isTrue();
  }

  @Test
  void theSameStatementOfAnotherTypeDoesNotMerge() {
    List<ArticleDigest> docs = List.of(digest("bbc", "BBC", BBC, "ACCUSE"), digest("sky", "skynews", SKY, "THREATEN"));
    assertThat(new EventMerger().merge(EventMerger.items(docs), List.of(), docs.size())).hasSize(2);
  }
}
