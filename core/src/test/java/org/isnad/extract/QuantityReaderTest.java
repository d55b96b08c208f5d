package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.isnad.model.Quantity;
import org.isnad.text.Doc;
import org.junit.jupiter.api.Test;

/**
 * Counts in sentences from the ANT corpus (Chouigui et al., ../shared/data/news/ant-multisource-2018.jsonl.gz);
 * each test cites the article id it comes from.
 */
class QuantityReaderTest {
  private static final QuantityReader READER = QuantityReader.load();

  private static List<Quantity> read(String text) {
    List<Quantity> q = READER.read(Doc.of(text), "t");
    for (Quantity x : q) assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    return q;
  }

  @Test
  void dualThousandWithCountedNoun() {
    // AL-economy-657-20180524
    assertThat(read("وقال معهد جي.اف.كيه إن مؤشر ثقة المستهلك الذي يستند إلى مسح لنحو ألفي ألماني انخفض للشهر الثاني على التوالي إلى 10.7 نقطة."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("نحو ألفي ألماني", 2000.0, true, "ألماني"), tuple("10.7 نقطة", 10.7, false, "نقطة"));
  }

  @Test
  void dualObliqueAndMoreThanThousandsInWords() {
    // AL-internationalNews-1162-20180514; AL-internationalNews-2019-20180722
    assertThat(read("في المقابل، قتلت قوات الاحتلال العشرات وأصابت ألفين آخرين، الاثنين، خلال الاحتجاجات."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(2000.0, "آخرين"));
    assertThat(read("وأسفر النزاع عن أكثر من عشرين ألف قتيل وتسبب بتشريد 2,6 مليون آخرين في نيجيريا منذ العام 2009."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("أكثر من عشرين ألف قتيل", 20000.0, true, "قتيل"),
            tuple("2,6 مليون آخرين", 2_600_000.0, false, "آخرين"));
  }

  @Test
  void digitsWithAccusativeThousandAndDetachedConjunction() {
    // AL-culture-456-20180604; AL-economy-1053-20180720
    assertThat(read("قضت محكمة مصرية بإلزام الفنان بسداد مبلغ قيمته 23 ألفا و500 إسترليني نفقة مسكن لابنته."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(23500.0, "إسترليني"));
    assertThat(read("منها 30 ألفاً في البحر و23 ألفاً في البر."))
        .extracting(Quantity::text, Quantity::value, Quantity::counted)
        .containsExactly(tuple("30 ألفاً", 30000.0, null), tuple("23 ألفاً", 23000.0, null));
  }

  @Test
  void twoNumbersJoinedByAndAreNotASum() {
    // SK-technology-1664-20181016; AL-economy-735-20180530 (read before as 275 and 225 million: a sum)
    // a range is one count, valued at its lower end and approximate
    assertThat(read("حيث قتل ما بين 75 و200 مليون نسمة في أوروبا وآسيا."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("ما بين 75 و200 مليون نسمة", 75_000_000.0, true, "نسمة"));
    assertThat(read("ما بين 75 و 150 مليون فرصة عمل"))
        .extracting(Quantity::text, Quantity::value).containsExactly(tuple("ما بين 75 و 150 مليون فرصة", 75_000_000.0));
    // not a range: the second number is smaller, a list of two counts
    assertThat(read("منها 30 ألفاً في البحر و23 ألفاً في البر."))
        .extracting(Quantity::value).containsExactly(30000.0, 23000.0);
  }

  @Test
  void thousandsInWordsAfterApproximation() {
    // AL-internationalNews-1511-20180608
    assertThat(read("توقع رئيس بلدية حدودية لبنانية تستضيف عشرات الآلاف من اللاجئين أن يعود نحو ثلاثة آلاف إلى سوريا الأسبوع المقبل."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("عشرات الآلاف من اللاجئين", 10000.0, true, "اللاجئين"),
            tuple("نحو ثلاثة آلاف", 3000.0, true, null));
  }

  @Test
  void compoundWordsWithConjunctions() {
    // AL-internationalNews-91-20131228
    assertThat(read("هاجر أو هُجّر منهم نحو مليون ومئة وخمسة وعشرين ألفاً ."))
        .extracting(Quantity::value, Quantity::approx).containsExactly(tuple(1_125_000.0, true));
  }

  @Test
  void vagueHundredsOfThousands() {
    // AL-economy-837-20180615
    assertThat(read("ودفع مئات الآلاف من سكانها إلى الرحيل."))
        .extracting(Quantity::value, Quantity::approx, Quantity::counted).containsExactly(tuple(100000.0, true, "سكانها"));
  }

  @Test
  void cliticsOnTheMarker() {
    // AL-economy-124-20180228: "بنحو" carries the preposition ب; the span starts after it.
    String s = "رسوماً جمركية على وارداتها من الصين، والمقدرة بنحو 400 مليون دولار في السنة.";
    assertThat(read(s)).extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("نحو 400 مليون دولار", 4e8, true, "دولار"));
  }

  @Test
  void durationsAndDatesWithMinAreNotCounts() {
    // issue 14: "ثمانية أيام", "أقل من 24 ساعة" measure time and "18 من فبراير" is a date; the dead are counted
    assertThat(read("وقال المرصد إن القصف استمر ثمانية أيام وأسفر عن مقتل 40 مدنيا في أقل من 24 ساعة، منذ 18 من فبراير."))
        .extracting(Quantity::text, Quantity::value, Quantity::counted).containsExactly(tuple("40 مدنيا", 40.0, "مدنيا"));
  }

  @Test
  void yearsDatesAndChannelsAreNotCounts() {
    // AL-culture-49-20180203: "٤٣ عاماً" is a duration, "3 فبراير" a date, "1975" a year: none counts anything
    assertThat(read("في مثل هذا اليوم قبل ٤٣ عاماً، استيقظ المصريون على خبر رحيل أم كلثوم، التي وافتها المنية في 3 فبراير من العام 1975."))
        .isEmpty();
    // CN-middleEast-1497-20181012
    assertThat(read("وفي مقابلة مع قناة \"فرانس 24\"، الجمعة، قال ماكرون إن الحقائق جادة.")).isEmpty();
  }

  @Test
  void unitsNamedWithANumberAreNotCounts() {
    // CN-middleEast-1098-20180604; AL-internationalNews-951-20180503
    assertThat(read("وكان التفجير قد وقع لدى تنقل السيارة على الطريق الواصل بين بلدة عين عيسى، واللواء 93.")).isEmpty();
    assertThat(read("ويقول محمد علي إبراهيم، قائد الفرقة 16 نيالا")).isEmpty();
  }

  @Test
  void clockTimesPercentagesAndArticlesAreNotCounts() {
    assertThat(read("وقع الانفجار عند الساعة 10:30 صباحا، وارتفعت النسبة إلى 3.9% بحسب المادة 5 من القانون.")).isEmpty();
  }

  @Test
  void dozensOfWithTheNounAfterMin() {
    // AL-culture-258-20180413
    assertThat(read("واستُبعد عشرات من المشاهير في قطاع الترفيه."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("عشرات من المشاهير", 10.0, true, "المشاهير"));
  }

  @Test
  void oneOfTheMostAndGreenwichTimesAreNotCounts() {
    // AL-culture-126-20180304 ("واحدة من أكثر"); AL-internationalNews-1094-20180510 ("0900 ت غ")
    assertThat(read("وهي واحدة من أكثر المدن ازدحاما.")).isEmpty();
    assertThat(read("وبدأ التصويت عند الساعة 0900 ت غ في المدينة.")).isEmpty();
    assertThat(read("وأعلن عن 13.00 ت غ موعدا للاجتماع.")).isEmpty();
  }

  @Test
  void relativePronounsAndPrepositionsAreNotCountedNouns() {
    assertThat(read("قتل 3 منهم في الغارة، وأصيب 7 الذين كانوا في المكان."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(tuple(3.0, null), tuple(7.0, null));
  }

  @Test
  void aboutTheThousandWithTheArticle() {
    // SK-middleEast-840-20180407 ("قرابة الألف"); FR-internationalNews-1237-20180514 ("وقرابة الألفي جريح")
    assertThat(read("أدى إلى مقتل نحو 100 شخص واختناق قرابة الألف بسبب الغازات السامة."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("نحو 100 شخص", 100.0, true, "شخص"), tuple("قرابة الألف", 1000.0, true, null));
    assertThat(read("أعلنت وزارة الصحة عن سقوط 43 قتيلا وقرابة الألفي جريح برصاص الجيش الإسرائيلي."))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("43 قتيلا", 43.0, false, "قتيلا"), tuple("قرابة الألفي جريح", 2000.0, true, "جريح"));
  }

  @Test
  void aVerbAfterTheNumberIsNotTheCountedNoun() {
    // FR-middleEast-214-20180406
    assertThat(read("تبين أنه من أصل العشرة آلاف مقاتل لدى جيش الإسلام، أكثر من أربعة آلاف يرفضون الخروج بتاتا"))
        .extracting(Quantity::text, Quantity::value, Quantity::approx, Quantity::counted)
        .containsExactly(tuple("العشرة آلاف مقاتل", 10000.0, false, "مقاتل"), tuple("أكثر من أربعة آلاف", 4000.0, true, null));
  }
}
