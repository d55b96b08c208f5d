package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.text.Doc;
import org.isnad.text.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date forms resolved against publication. Sentences from ../shared/data/events (arabic_event_gsr, MIT)
 * and ../shared/data/news/ant-multisource-2018 (Apache-2.0), cited by id; the publication dates are the
 * articles' own for ANT and the id's date for the AAW_ARB ids (AAW_ARB_yyyyMMdd).
 */
class DateResolverTest {
  private static final DateResolver DATES = DateResolver.load();

  static String resolve(String text, String published) {
    Tokens t = Doc.of(text).tokens();
    return DATES.resolve(t, 0, t.size(), published);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // AAW_ARB_20080919.0023-8: اليوم (الخميس)
      "اليوم | 2008-09-19 | انفجرت عبوة ناسفة اليوم (الخميس) في قرية (كرحه بازان) بالطريق العام. | 2008-09-19",
      // AAW_ARB_20081031.0026-1
      "أمس | 2008-10-31 | انفجرت سيارة مفخخة بعيد الساعة الحادية عشرة من صباح أمس في موقف السيارات التابع لجامعة نابارا. | 2008-10-30",
      // AAW_ARB_20071015.0028-1
      "مساء أول من أمس | 2007-10-15 | لقي نحو 17 شخصا حتفهم في هجوم انتحاري بشاحنة مفخخة مساء أول من أمس. | 2007-10-13",
      // AL-economy-483-20180501 (Tue, 01 May 2018)
      "ظهر اليوم | Tue, 01 May 2018 16:49:29 +0400 | جاء ذلك خلال الجلسة، التي عقدها مجلس الوزراء، بعد ظهر اليوم الثلاثاء، في قصر السلام بجدة. | 2018-05-01",
      // AL-culture-298-20180425 (Wed, 25 Apr 2018)
      "مساء الثلاثاء | 2018-04-25 | فاز الكاتب الفلسطيني ابراهيم نصر الله بالجائزة العالمية للرواية العربية في أبوظبي مساء الثلاثاء عن روايته. | 2018-04-24",
      // AL-culture-104-20180228 (Wed, 28 Feb 2018): the weekday of publication is the publication day
      "الأربعاء | 2018-02-28 | تستقبل دور العرض المصرية، الأربعاء، فيلم بلاش تبوسني. | 2018-02-28",
      // AAW_ARB_20071101.0065-9: "يوم الخميس الماضي" is strictly before publication (a Thursday)
      "الخميس الماضي | 2007-11-01 | واشتعل القتال يوم الخميس الماضي عندما أسفر تفجير انتحاري عن سقوط 21 قتيلا. | 2007-10-25",
      // AAW_ARB_20061104.0060-15
      "الشهر الماضي | 2006-11-04 | وتم العثور ايضاً على جثة صحافي مستقل كان قد خطف الشهر الماضي في بغداد. | 2006-10",
      // AAW_ARB_20070314.0114-9
      "الأسبوع الماضي | 2007-03-14 | في الأسبوع الماضي تفجرت سيارة مفخخة في شارع المتنبي. | 2007-W10",
      // AL-economy-250-20180316
      "15 فبراير 2018 | 2018-03-16 | قرر البنك المركزي خفض أسعار الفائدة الأساسية بـ 100 نقطة أساس في 15 فبراير 2018. | 2018-02-15",
      // AL-culture-10-20180216: "في السادس من كانون الأول/ديسمبر": the month, the year before publication
      "كانون الأول | 2018-02-16 | وتوفي جوني هاليداي في السادس من كانون الأول/ديسمبر عن 76 عاما. | 2017-12",
      // AAW_ARB_20081025.0029-8
      "ديسمبر (كانون الاول) | 2008-10-25 | وكانت بي نظير بوتو قد قتلت في هجوم انتحاري في مدينة روالبندي في ديسمبر (كانون الاول). | 2007-12",
      // AAW_ARB_20061122.0015-8: day, month in both namings, year
      "12 ديسمبر(كانون الأول) 2005 | 2006-11-22 | * 12 ديسمبر(كانون الأول) 2005: اغتيال الصحافي والنائب جبران تويني بتفجير سيارة مفخخة. | 2005-12-12",
      // AAW_ARB_20070901.0024-10: day and month, year from publication
      "25 اغسطس (اب) | 2007-09-01 | وقد استهدف اخر هجوم انتحاري في كابل ايضا القوات الاجنبية في 25 اغسطس (اب). | 2007-08-25",
      // AAW_ARB_20081129.0030-12
      "عام | 2008-11-29 | وتعرضت الحسينية ذاتها في عام 2005 الى هجوم انتحاري بشاحنة وقود مفخخة. | 2005",
  })
  void resolves(String form, String published, String sentence, String expected) {
    assertThat(resolve(sentence, published)).isEqualTo(expected);
  }

  @Test
  void arabicIndicDigitsAndSlashedMonths() {
    // the form "١٥ شباط/فبراير" as Levantine outlets write it
    assertThat(resolve("قتل خمسة مدنيين في ١٥ شباط/فبراير في دوما.", "2018-03-01")).isEqualTo("2018-02-15");
  }

  @Test
  void nothingAnchorsRelativeWordsWithoutPublication() {
    assertThat(resolve("انفجرت سيارة مفخخة أمس في بغداد.", null)).isNull();
    assertThat(resolve("قتل 20 شخصا في 15 فبراير 2018.", null)).isEqualTo("2018-02-15");
  }

  @Test
  void aBareShortMonthNameIsNotADate() {
    // "مارس" is also a verb (practised); alone it does not make a date
    assertThat(resolve("مارس الجيش ضغوطا على المسلحين.", "2018-03-01")).isNull();
  }
}
