package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens, proclitics and offsets on sentences from the ANT corpus (ids cited). */
class TokenizerTest {
  private static List<String> surfaces(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) out.add(t.surface(i));
    return out;
  }

  private static List<String> stems(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) out.add(t.text().substring(t.stemStart(i), t.end(i)));
    return out;
  }

  private static List<String> keys(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) out.add(t.key(i));
    return out;
  }

  @Test
  void wordsNumbersPunctuationAndHashtags() {
    // AL-culture-1-20180218 (shortened): a hashtag, quotes, a Latin name, a number
    Tokens t = Tokenizer.tokenize("انضمت #إليسا إلى \"ذا فويس The Voice\" في 106,78 أمتار.");
    assertThat(surfaces(t)).containsExactly("انضمت", "#", "إليسا", "إلى", "\"", "ذا", "فويس", "The", "Voice", "\"",
        "في", "106,78", "أمتار", ".");
    assertThat(t.kind(11)).isEqualTo(Tokens.NUMBER);
    assertThat(t.kind(7)).isEqualTo(Tokens.LATIN);
  }

  @Test
  void certainProcliticsAreSplitWithExactOffsets() {
    // "والمعارضة", "للمعارضة", "بالمدينة", "وبالمدينة": the split is certain because the article follows
    String s = "والمعارضة للمعارضة بالمدينة وبالمدينة ولللاجئين";
    Tokens t = Tokenizer.tokenize(s);
    assertThat(stems(t)).containsExactly("المعارضة", "معارضة", "المدينة", "المدينة", "لاجئين");
    assertThat(t.stemStart(0)).isEqualTo(1);
    assertThat(t.stemStart(1)).isEqualTo(s.indexOf("للمعارضة") + 2);
    assertThat(keys(t)).containsExactly("معارضة", "معارضة", "مدينة", "مدينة", "لاجئين");
    assertThat(t.hasArticle(0)).isTrue();
    assertThat(t.hasArticle(1)).isTrue();
  }

  @Test
  void uncertainProcliticsAreLeftToTheLexicon() {
    // "وزير", "بيروت", "وكالة" begin with letters that belong to the word; "ألف" and "إلى" carry no article
    Tokens t = Tokenizer.tokenize("وزير بيروت ألفي إلى الفين وكالة وكالات");
    assertThat(stems(t)).containsExactly("وزير", "بيروت", "ألفي", "إلى", "الفين", "وكالة", "وكالات");
    assertThat(keys(t)).containsExactly("وزير", "بيروت", "الفي", "الي", "فين", "وكالة", "وكالات");
  }

  @Test
  void keysDropDiacriticsTatweelAndHamzaForms() {
    Tokens t = Tokenizer.tokenize("مُقاتِلـــي أُسْرة إدلب آذار مستشفى ٣٠٠");
    assertThat(keys(t)).containsExactly("مقاتلي", "اسرة", "ادلب", "اذار", "مستشفي", "300");
    assertThat(t.surface(0)).isEqualTo("مُقاتِلـــي");
  }

  @Test
  void tokenAtFindsTheTokenByOffset() {
    Tokens t = Tokenizer.tokenize("قتل 5 مدنيين");
    assertThat(t.tokenAt(4)).isEqualTo(1);
    assertThat(t.tokenAt(5)).isEqualTo(2);
    assertThat(t.tokenAt(100)).isEqualTo(3);
  }
}
