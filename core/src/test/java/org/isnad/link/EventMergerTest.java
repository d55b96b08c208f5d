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

  @Test
  void theSameStatementOfAnotherTypeDoesNotMerge() {
    List<ArticleDigest> docs = List.of(digest("bbc", "BBC", BBC, "ACCUSE"), digest("sky", "skynews", SKY, "THREATEN"));
    assertThat(new EventMerger().merge(EventMerger.items(docs), List.of(), docs.size())).hasSize(2);
  }
}
