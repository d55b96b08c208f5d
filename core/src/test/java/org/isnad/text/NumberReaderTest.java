package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each number form of the issue, read from the start of a short phrase. */
class NumberReaderTest {
  private static final NumberReader READER = NumberReader.load();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      12 ألفاً مقاتل          | 12000    | 2 | false
      ١٢ ألفاً                 | 12000    | 2 | false
      ۱۵ ألف                   | 15000    | 2 | false
      ألفا جندي                | 2000     | 1 | false
      ألفي جندي                | 2000     | 1 | false
      ألفين آخرين              | 2000     | 1 | false
      ألفان                    | 2000     | 1 | false
      ثلاثة آلاف شخص           | 3000     | 2 | false
      4 آلاف                   | 4000     | 2 | false
      عشرين ألف قتيل           | 20000    | 2 | false
      خمسة عشر ألفاً           | 15000    | 3 | false
      أحد عشر شخصا             | 11       | 2 | false
      خمسة وعشرين              | 25       | 2 | false
      ثلاث مئة                 | 300      | 2 | false
      ثلاثمائة                 | 300      | 1 | false
      مئتي مدني                | 200      | 1 | false
      ألف وخمسمائة             | 1500     | 2 | false
      1,500 مقاتل              | 1500     | 1 | false
      2.5 مليون                | 2500000  | 2 | false
      مئات                     | 100      | 1 | true
      عشرات الآلاف             | 10000    | 2 | true
      آلاف المدنيين            | 1000     | 1 | true
      """)
  void reads(String phrase, double value, int tokens, boolean vague) {
    Tokens t = Tokenizer.tokenize(phrase);
    NumberReader.Reading r = READER.read(t, 0, t.size());
    assertThat(r).isNotNull();
    assertThat(r.value()).isEqualTo(value);
    assertThat(r.endToken()).isEqualTo(tokens);
    assertThat(r.vague()).isEqualTo(vague);
  }

  @ParameterizedTest
  @CsvSource({"أحد الجنود", "الاثنين", "الثلاثة", "عسكري"})
  void notNumbers(String phrase) {
    Tokens t = Tokenizer.tokenize(phrase);
    assertThat(READER.read(t, 0, t.size())).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      1,500     | 1500
      1.500.000 | 1500000
      106,78    | 106.78
      ٣٫٥       | 3.5
      ١٬٢٠٠     | 1200
      """)
  void digits(String s, double v) {
    assertThat(NumberReader.parseDigits(s, 0, s.length())).isEqualTo(v);
  }
}
