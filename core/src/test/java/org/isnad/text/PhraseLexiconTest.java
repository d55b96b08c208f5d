package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Longest-match lookup with proclitics, on phrasing from the ANT Douma articles (examples/douma-2018). */
class PhraseLexiconTest {
  private final PhraseLexicon<String> lex = new PhraseLexicon<String>()
      .add("حلب", "place.aleppo")
      .add("إدلب", "place.idlib")
      .add("المعارضة", "opposition")
      .add("المعارضة المسلحة", "syria.opposition.armed")
      .add("جيش الإسلام", "jaysh.islam");

  @Test
  void longestMatchThroughTheArticleAndProclitics() {
    String s = "وقالت للمعارضة المسلحة وجيش الإسلام";
    Tokens t = Tokenizer.tokenize(s);
    PhraseLexicon.Match<String> m = lex.match(t, 1);
    assertThat(m.value()).isEqualTo("syria.opposition.armed");
    assertThat(s.substring(m.start(), m.end())).isEqualTo("معارضة المسلحة");
    PhraseLexicon.Match<String> j = lex.match(t, 3);
    assertThat(j.value()).isEqualTo("jaysh.islam");
    assertThat(s.substring(j.start(), j.end())).isEqualTo("جيش الإسلام");
  }

  @Test
  void uncertainProcliticsAreConfirmedByTheLexicon() {
    String s = "بحلب وإدلب";
    Tokens t = Tokenizer.tokenize(s);
    PhraseLexicon.Match<String> a = lex.match(t, 0);
    assertThat(a.value()).isEqualTo("place.aleppo");
    assertThat(a.start()).isEqualTo(1);
    PhraseLexicon.Match<String> b = lex.match(t, 1);
    assertThat(b.value()).isEqualTo("place.idlib");
    assertThat(s.substring(b.start(), b.end())).isEqualTo("إدلب");
  }

  @Test
  void limitStopsAPhrase() {
    Tokens t = Tokenizer.tokenize("المعارضة المسلحة");
    assertThat(lex.match(t, 0, 1).value()).isEqualTo("opposition");
  }
}
