package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on text from the ANT corpus (ids cited). */
class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    Doc d = Doc.of(text);
    return d.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void arabicAndLatinTerminalsWithClosingQuotes() {
    // AL-culture-1-20180218 (shortened)
    String text = "ولكنها قالت لها \"إذا ما اختارتيني اختاري إليسا\". فيما ردت النجمة اللبنانية؟ نعم! انتهى";
    assertThat(sentences(text)).containsExactly("ولكنها قالت لها \"إذا ما اختارتيني اختاري إليسا\".",
        "فيما ردت النجمة اللبنانية؟", "نعم!", "انتهى");
  }

  @Test
  void headingsAndListLinesStandAlone() {
    String text = "نشر شروط روسيا لانسحاب جيش الإسلام\nـ خروج المقاتلين إلى جرابلس\nـ تسليم السلاح الثقيل\nوقال المصدر إن الاتفاق نهائي.";
    assertThat(sentences(text)).containsExactly("نشر شروط روسيا لانسحاب جيش الإسلام", "ـ خروج المقاتلين إلى جرابلس",
        "ـ تسليم السلاح الثقيل", "وقال المصدر إن الاتفاق نهائي.");
  }

  @Test
  void initialsAndDecimalsDoNotEndASentence() {
    // AL-economy-657-20180524: "جي.اف.كيه" and "10.7"
    String text = "وقال معهد جي.اف.كيه إن المؤشر انخفض إلى 10.7 نقطة. وذكرت د. سلمى ذلك.";
    assertThat(sentences(text)).containsExactly("وقال معهد جي.اف.كيه إن المؤشر انخفض إلى 10.7 نقطة.", "وذكرت د. سلمى ذلك.");
  }

  @Test
  void sentenceAtFindsByOffset() {
    Doc d = Doc.of("الجملة الأولى. الجملة الثانية.");
    assertThat(d.sentenceAt(16).start()).isEqualTo(15);
    assertThat(d.sentenceAt(0).end()).isEqualTo(14);
  }

  @Test
  void aRunWithoutSentenceEndsIsCutAfterItsLastCommaWithinTheLimit() {
    // ANT corpus, Al Arabiya, AL-culture-106-20180301, one clause without its full stop (10 words), repeated
    String clause = "وتناقلت وسائل الإعلام خبر احتفال الساهر بعقد قرانه بالعاصمة الأميركية";
    Doc d = Doc.of(String.join("، ", java.util.Collections.nCopies(150, clause)));
    assertThat(d.tokens().size()).isEqualTo(150 * 11 - 1);
    // commas are tokens 10, 21, ... 11k + 10: the last before token 1000 is 989
    assertThat(d.sentences()).extracting(s -> s.endToken() - s.firstToken()).containsExactly(990, 659);
    assertThat(d.text().substring(d.sentences().get(0).end() - 1, d.sentences().get(0).end())).isEqualTo("،");
    assertThat(d.sentences().get(1).start()).isEqualTo(d.tokens().start(990));
  }

  @Test
  void aRunWithoutPunctuationIsCutEveryThousandTokens() {
    String clause = "وتناقلت وسائل الإعلام خبر احتفال الساهر بعقد قرانه بالعاصمة الأميركية";
    Doc d = Doc.of(String.join(" ", java.util.Collections.nCopies(120, clause)));
    assertThat(d.sentences()).extracting(s -> s.endToken() - s.firstToken()).containsExactly(1000, 200);
  }
}
