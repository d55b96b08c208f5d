package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.ArticleAnalyzer;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Mention;
import org.isnad.model.Quantity;
import org.isnad.model.RawDocument;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Doc;
import org.isnad.text.NumberReader;
import org.isnad.text.Tokens;

/**
 * Properties of the text layer on generated text: Arabic words, number words and digits of three scripts,
 * diacritics, tatweel, the zero-width and bidi controls, presentation forms, emoji, punctuation, line breaks.
 */
class TextLayerProperties {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.load();
  private static final NumberReader NUMBERS = NumberReader.load();

  private static final String[] PIECES = {"قتل", "مدنيين", "في", "قصف", "على", "دوما", "ألفي", "جندي", "نحو", "ثلاثة",
      "آلاف", "12", "١٢", "۱۲", "ألفاً", "قوات", "النظام", "والمعارضة", "للمعارضة", "الثوار", "قال", "مصدر", "أمني",
      "إن", "حافلة", "مليون", "و", "ب", "ال", "ـ", "\u064B", "\u0651", " ", " ", " ", "\n", "،", ".", ":", "«", "»", "\"",
      "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u061C", "\uFEFF",
      "\uFEFB", "\uFE8D", "\uFDF2", "\uFC5E", "😎", "👍🏻", "&", "&amp;", "-", "%", "0", "5", "x"};

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void analysisNeverThrowsAndEveryOffsetSlicesTheCleanedText(@ForAll("texts") String title, @ForAll("texts") String body) {
    AnalyzedArticle a = ANALYZER.analyze(new RawDocument("p", "p.txt", null, null, null, title, body, false));
    String text = a.article().text();
    for (Mention m : a.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    for (Quantity q : a.quantities()) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(FormatControls.isControl(c) || PresentationForms.isPresentationForm(c) || Character.isSurrogate(c))
          .as("U+%04X at %d", (int) c, i).isFalse();
    }
    String t = a.article().title();
    if (t != null) assertThat(t.chars().noneMatch(c -> FormatControls.isControl((char) c))).isTrue();
  }

  @Property(tries = 500)
  void normalisationIsIdempotent(@ForAll("texts") String s) {
    String once = ArabicNormalizer.normalize(s);
    assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    String letters = PresentationForms.toLetters(s);
    assertThat(PresentationForms.toLetters(letters)).isEqualTo(letters);
    java.util.List<String> removed = new java.util.ArrayList<>();
    String stripped = FormatControls.strip(s, removed);
    assertThat(FormatControls.strip(stripped, new java.util.ArrayList<>())).isEqualTo(stripped);
    assertThat(String.join("", removed).chars().allMatch(c -> FormatControls.isControl((char) c))).isTrue();
  }

  @Property(tries = 500)
  void theNumberReaderNeverThrows(@ForAll("texts") String s) {
    Tokens t = Doc.of(s).tokens();
    for (int i = 0; i < t.size(); i++) {
      NumberReader.Reading r = NUMBERS.read(t, i, t.size());
      if (r != null) assertThat(r.endToken()).isBetween(i + 1, t.size());
    }
  }
}
