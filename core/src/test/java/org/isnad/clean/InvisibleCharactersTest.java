package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ArticleAnalyzer;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Mention;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;
import org.junit.jupiter.api.Test;

/**
 * Zero-width and bidi controls are removed before analysis and recorded; presentation forms become
 * letters. On the bundled example (ANT, BB-middleEast-272-20180401), controls inside and after every word
 * change nothing that is found.
 */
class InvisibleCharactersTest {
  private static final Path EXAMPLE = Path.of("../examples/douma-2018/douma-evacuation-2018.jsonl");

  /** U+200C inside every word of three letters or more, U+200F after it, U+202E before the title. */
  private static String salted(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ", -1)) {
      if (b.length() > 0) b.append(' ');
      b.append(w.length() >= 3 ? w.substring(0, 2) + "\u200C" + w.substring(2) + "\u200F" : w);
    }
    return b.toString();
  }

  @Test
  void controlsInsideWordsChangeNothingThatIsFound() {
    RawDocument raw = InputReader.readAll(List.of(EXAMPLE), p -> {
      throw new AssertionError(p);
    }).get(0);
    RawDocument bad = new RawDocument(raw.id(), raw.path(), raw.outlet(), raw.url(), raw.published(),
        "\u202E" + raw.title(), salted(raw.body()), false, raw.byline());
    ArticleAnalyzer analyzer = ArticleAnalyzer.load();
    AnalyzedArticle good = analyzer.analyze(raw);
    AnalyzedArticle salted = analyzer.analyze(bad);
    assertThat(good.mentions()).hasSizeGreaterThan(15);
    assertThat(salted.article().text()).isEqualTo(good.article().text());
    assertThat(salted.article().title()).isEqualTo(good.article().title());
    assertThat(salted.mentions()).isEqualTo(good.mentions());
    assertThat(salted.quantities()).isEqualTo(good.quantities());
    List<String> removed = new ArrayList<>(List.of("\u202E", "\u200C", "\u200F"));
    removed.addAll(good.article().removed());
    assertThat(salted.article().removed()).isEqualTo(removed);
    for (Mention m : salted.mentions()) {
      assertThat(salted.article().text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void presentationFormsBecomeLettersAndOnlyThem() {
    // "قتل 5 مدنيين في قصف على دوما ولا" in isolated forms; a kept diacritic and an ASCII ligature-free rest
    String forms = "\ufed5\ufe95\ufedd 5 \ufee1\ufea9\ufee5\ufef1\ufef1\ufee5 \ufed1\ufef1 \ufed5\ufeb9\ufed1 "
        + "\ufec9\ufedd\ufeef \ufea9\ufeed\ufee1\ufe8d \ufeed\ufefb";
    assertThat(PresentationForms.toLetters(forms)).isEqualTo("قتل 5 مدنيين في قصف على دوما ولا");
    assertThat(PresentationForms.toLetters("ﬁ دُوما ①")).isEqualTo("ﬁ دُوما ①");
    List<String> removed = new ArrayList<>();
    assertThat(FormatControls.strip("دو\u200Bما\uFEFF \u2066x\u2069", removed)).isEqualTo("دوما x");
    assertThat(removed).containsExactly("\u200B", "\uFEFF", "\u2066", "\u2069");
  }
}
