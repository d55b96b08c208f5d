package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reporting frames on real sentences. Sentence ids are those of ../shared/data/events
 * (arabic_event_gsr, MIT); ANT ids are articles of ../shared/data/news/ant-multisource-2018 (Apache-2.0).
 * Each row: frame, source id, sentence, expected frames as KIND:source (relays as KIND:relay <- original).
 */
class AttributionReaderTest {
  private static final ClauseWords WORDS = ClauseWords.load();
  private static final AttributionReader READER = AttributionReader.load(new PhraseChunker(WORDS), WORDS);

  static List<String> frames(String text) {
    Doc d = Doc.of(text);
    Tokens t = d.tokens();
    Sentence s = new Sentence(0, text.length(), 0, t.size());
    List<String> out = new ArrayList<>();
    for (AttributionReader.Frame f : READER.frames(t, s, i -> false, i -> false)) {
      String src = f.source() == null ? "-" : text.substring(t.start(f.source().first()), t.end(f.source().end() - 1));
      String orig = f.original() == null ? ""
          : " <- " + text.substring(t.start(f.original().first()), t.end(f.original().end() - 1));
      out.add(f.kind() + ":" + src + orig);
    }
    return out;
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "قال | AAW_ARB_20070424.0011-25 | وقالت إحدى المتظاهرات «نريد رفع الجدار. | VERB:إحدى المتظاهرات",
      "أكد | AAW_ARB_20070927.0029-7 | واكد شهود ان مائة متظاهر على الاقل جرحوا، نصفهم من الرهبان. | VERB:شهود",
      "أعلن | AAW_ARB_20080114.0045-5 | وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة. | VERB:الجيش الامريكي",
      "أفاد | AAW_ARB_20081020.0022-6 | وافاد مصدر محلي ان الشرطة تدخلت بعنف في شيرت (شرق) لتفريق نحو 500 متظاهر. | VERB:مصدر محلي",
      "ذكر | AAW_ARB_20070607.0057-23 | وذكرت الشرطة انها استخدمت خراطيم المياه، لتفريق مجموعات من المتظاهرين. | VERB:الشرطة",
      "أشار | AAW_ARB_20070320.0048-17 | وأشارت الوكالة إلى ان اثنين، على الأقل، من ضمن الموكب، أصيبا في الانفجار. | VERB:الوكالة",
      "كشف | AAW_ARB_20070421.0035-8 | وكشف كاربنتر النقاب عن انه التقى وفداً من «جبهة الخلاص الوطني السورية» المعارضة. | VERB:كاربنتر",
      "أوضح | AAW_ARB_20080129.0023-6 | وأوضح مسؤول في الشرطة «لقد احتجزوا تلاميذ مدرسة رهائن، لا نعلم عددهم». | VERB:مسؤول في الشرطة",
      "لفت | protest_sentences e6874d82b9c4d0106356e6aa…_6 | ولفت الشويخي إلى أن »تصريح الخارجية مبني على التهمة«. | VERB:الشويخي",
      "شدد | AAW_ARB_20081231.0027-18 | وشدد على «ان المقاومة منتصرة وهي تحمل إرادة المتظاهرين تأييدا للشعب الفلسطيني في غزة». | VERB:-",
      // "اتهم X Y بـ" with no إن/أن is a statement (an ACCUSE claim, see ClaimExtractorTest), not a frame
      "اتهم | AAW_ARB_20071102.0022-19 | واتهم المتظاهرون الذين تجمعوا في شوارع بانيا لوكا، المبعوث الدولي بمحاولة إلغائهم. | ",
      "نقل عن | AAW_ARB_20061214.0038-17 | ونقلت وكالة رويترز عن الشرطة ان الهجوم الذي وقع فجر امس استهدف طرد الشيعة من المنطقة. | RELAY:وكالة رويترز <- الشرطة",
      "نقل عن | AAW_ARB_20070322.0027-27 | ونقلت رويترز عن ماكورماك قوله ان وزيرة الخارجية الاميركية كوندوليزا رايس زارت مخيما للمشردين في دارفور. | RELAY:رويترز <- ماكورماك",
      "بحسب | AAW_ARB_20070131.0059-11 | وقد شهدت افغانستان حوالي 140 هجوما انتحاريا في العام 2006 بحسب الجيش الاميركي. | PREP:الجيش الاميركي",
      "وفق | AAW_ARB_20070317.0047-8 | كما تم توقيف اربعة متظاهرين وفق المصدر نفسه. | PREP:المصدر",
      "وفقاً لـ | AAW_ARB_20071225.0027-27 | وجاءت انتقادات بوتو اللاذعة بعد ساعات على آخر هجوم انتحاري، وفقاً للأسوشيتد برس. | PREP:للأسوشيتد",
      "حسب | AAW_ARB_20070124.0038-5 | وأدى انفجار سيارة مفخخة في منطقة الصدرية وسط بغداد الى «مقتل شخص وإصابة 11 آخرين بجروح»، حسب مصدر في الشرطة. | PREP:مصدر في الشرطة",
      "نقلاً عن | AAW_ARB_20070219.0057-1 | قالت مصادر اسبانية نقلا عن مصادر في مكافحة الارهاب ان استراتيجية الإنكار الكامل تستند الى توصيات دليل للجهاديين. | RELAY:مصادر اسبانية <- مصادر في مكافحة الارهاب",
      "نقلاً عن | AAW_ARB_20061222.0041-12 | هذا، وافادت معلومات صحافية ـ نقلاً عن مصادر امنية ـ ان المتفجرات والصواعق المضبوطة تابعة لعناصر من الحزب. | VERB:معلومات صحافية, PREP:مصادر امنية",
      "على لسان | AL-internationalNews-1327-20180525 | وليلة الأربعاء-الخميس أكدت وزارة الخارجية العراقية على لسان المتحدث باسمها أحمد محجوب علمها بقضية اختطاف الكعود في تركيا. | PREP:المتحدث",
      "حسبما (after the claim) | AAW_ARB_20070816.0002-8 | وتم تفجير الشاحنة الخامسة في منطقة سكنية في الجزيرة، حسبما ذكر بيان الجيش الاميركي. | PREP:بيان الجيش الاميركي",
      "حسبما أفادت به | AAW_ARB_20081223.0034-6 | لكن الاعتذار من الحادثة تم تحت التعذيب»، حسبما أفادت به وكالة رويترز. | PREP:وكالة رويترز",
      "بحسب (after the claim) | AL-internationalNews-511-20180317 | وأسفر القصف التركي، الجمعة، عن مقتل 43 مدنياً في عفرين، بينهم 16 مدنياً جراء غارة استهدفت المشفى الرئيسي في المدينة، بحسب المرصد، الأمر الذي نفاه الجيش التركي. | PREP:المرصد",
      "vague source | AL-internationalNews-12-20180218 | كما ذكرت مصادر متطابقة أن تفجيراً استهدف دبابة اسرائيلية على الحدود بين إسرائيل وقطاع غزة السبت. | VERB:مصادر متطابقة",
      "subject first | BB-middleEast-536-20180524 | في حين قال ناشطون آخرون إن المحتجزات لم يتمكن من الاتصال بمحامين. | VERB:ناشطون آخرون",
      "typo بحسسب | AAW_ARB_20070131.0059-11 with one letter doubled | وقد شهدت افغانستان حوالي 140 هجوما انتحاريا في العام 2006 بحسسب الجيش الاميركي. | PREP:الجيش الاميركي",
      "typo وافاد | AAW_ARB_20081020.0022-6 without hamza | وافاد مصدر محلي ان الشرطة تدخلت بعنف. | VERB:مصدر محلي",
  })
  void readsTheFrame(String frame, String id, String sentence, String expected) {
    assertThat(String.join(", ", frames(sentence))).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "no frame: {0}")
  @CsvSource(delimiter = '|', value = {
      // "ذكر" as a verbal noun (AAW_ARB_20080303.0032-11), and "انهم" one letter from "اتهم"
      "وأضافت الشرطة أن 33 شرطيا جرحوا، من دون ذكر عدد الجرحى من المتظاهرين. | VERB:الشرطة",
      "وأكد المتظاهرون أن المعتقلين أبرياء «حيث انهم شيعة لا يمكن أن يكونوا من القاعدة». | VERB:المتظاهرون",
      // "أشاد" (praised) is one letter from "أشار" but a real word
      "وأشاد الوزير بأن الجيش قام بعمله. | ",
  })
  void doesNotReadFalseFriends(String sentence, String expected) {
    assertThat(String.join(", ", frames(sentence))).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest
  @CsvSource({"بحسسب,بحسب,true", "اشاد,اشار,true", "قال,قال,false", "نقلت,نقل,true", "اكدت,قال,false"})
  void oneEdit(String a, String b, boolean expected) {
    assertThat(AttributionReader.oneEdit(a, b)).isEqualTo(expected);
  }
}
