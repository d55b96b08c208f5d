package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Triggers and what their context says of them, on sentences of ../shared/data/events (arabic_event_gsr,
 * MIT) cited by id. Each row: the trigger word as written, then its type, kind and flags.
 */
class EventDetectorTest {
  private static final EventDetector DETECTOR = EventDetector.load();

  static EventMention find(String text, String word) {
    Doc d = Doc.of(text);
    Tokens t = d.tokens();
    for (EventMention m : DETECTOR.detect(t, new Sentence(0, text.length(), 0, t.size()))) {
      if (t.surface(m.trigger().firstToken()).equals(word)) return m;
    }
    throw new AssertionError("no trigger " + word + " in " + text);
  }

  static String flags(EventMention m) {
    return m.type() + " " + m.trigger().kind() + (m.negated() ? " neg" : "") + (m.future() ? " fut" : "")
        + (m.hypothetical() ? " hyp" : "") + (m.attempt() ? " att" : "") + (m.modal() ? " modal" : "")
        + (m.supported() ? " supp" : "");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "AAW_ARB_20081007.0031-14 | قتلت | الى ذلك قتلت قوات الامن الباكستانية ستة متشددين سلاميين في غارة شنتها ليلا شمال غربي البلاد. | ASSAULT V",
      "AAW_ARB_20070108.0019-7 | بقتل | وبحسب التقرير، قام عدد من جنود «المارينز» بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم. | ASSAULT N supp",
      "AAW_ARB_20080702.0022-6 | مقتل | وفي هجوم اخر، اعلن مصدر امني مقتل ثلاثة اشقاء واصابة والدهم في انفجار عبوة ناسفة. | ASSAULT N",
      "AAW_ARB_20080512.0018-9 | اختطفا | وقال خليل إن ضابط شرطة وجنديا من الجيش اختطفا من منزليهما على يد مسلحين. | ASSAULT V",
      "AAW_ARB_20080402.0019-1 | تظاهر | تظاهر أمس مئات من عناصر وكوادر جماعة الإخوان المسلمين، بمختلف المحافظات المصرية. | PROTEST V",
      // negation: لم + the verb of a fixed phrase (AAW_ARB_20080421.0041-14)
      "AAW_ARB_20080421.0041-14 | إصابات | انفجرت قنبلة أمام مكاتب الحزب في بلدة إلجويبار، لم يسفر عن وقوع أي إصابات. | ASSAULT N neg",
      // negation: لم right before the verb (AAW_ARB_20081111.0051-13)
      "AAW_ARB_20081111.0051-13 | يصب | وقال ان الراهبتين لا تعانيان من مشاكل صحية ولم يصب احد خلال عملية الخطف. | ASSAULT I neg",
      // negation: دون وقوع + noun (AAW_ARB_20070823.0014-9)
      "AAW_ARB_20070823.0014-9 | خسائر | مشددين على ان العملية مرت دون وقوع اية خسائر في الارواح. | -",
      // negation: عدم (AAW_ARB_20080903.0037 style)
      "constructed from AAW_ARB_20080421.0041-14 | اصابات | واكدت الشرطة عدم وقوع اصابات في الانفجار. | ASSAULT N neg",
      // future: the prefix س (AAW_ARB_20070909.0056-4)
      "AAW_ARB_20070909.0056-4 | وستقوم | وتؤكد أنها قامت وستقوم بمحاسبة المعتديين على الصحافيين قانونياً. | -",
      // future: يعتزم (AAW_ARB_20081204.0039-15)
      "AAW_ARB_20081204.0039-15 | تنفيذ | خاطفيها الارهابيين الذين كانوا يعتزمون استخدامها في تنفيذ هجوم انتحاري. | -",
      // hypothetical: اذا (AAW_ARB_20071013.0001-2)
      "AAW_ARB_20071013.0001-2 | شنت | وقال ان أنقرة مستعدة لتحمل الانتقادات الدولية اذا شنت هجوما. | ASSAULT V hyp",
      // hypothetical: لو (AAW_ARB_20070912.0015-16)
      "AAW_ARB_20070912.0015-16 | الاعتداء | لا اريد حتى ان اتصور ما كان ليحصل لو نفذ الاعتداء». | ASSAULT N hyp supp",
      // hypothetical: في حالة (AAW_ARB_20070226.0056-9)
      "AAW_ARB_20070226.0056-9 | التعذيب | ويرى محامو أبو قتادة انه في حالة طرده الى الأردن، قد يتعرض الى التعذيب أو سوء المعاملة. | ASSAULT N hyp",
      // future with سوف (AAW_ARB_20080422.0029-35)
      "AAW_ARB_20080422.0029-35 | الهجوم | متى سوف تبدأون هذا الهجوم فعليا ؟ | ASSAULT N fut",
      // attempt (AAW_ARB_20070203.0031-4)
      "AAW_ARB_20070203.0031-4 | الاعتداء | وحاول الاعتداء على رجال الأمن بعد اشتباههم فيه. | ASSAULT N att",
  })
  void readsTheContext(String id, String word, String sentence, String expected) {
    if (expected.equals("-")) {
      Doc d = Doc.of(sentence);
      Tokens t = d.tokens();
      List<EventMention> ms = DETECTOR.detect(t, new Sentence(0, sentence.length(), 0, t.size()));
      // the word is no trigger, or the trigger it belongs to is not asserted
      for (EventMention m : ms) {
        if (t.surface(m.trigger().firstToken()).equals(word)) assertThat(m.asserted()).as(flags(m)).isFalse();
      }
      return;
    }
    assertThat(flags(find(sentence, word))).isEqualTo(expected);
  }

  @Test
  void dawnIsNotADetonation() {
    // AAW_ARB_20061214.0038-17: "فجر امس" is dawn yesterday, not فجّر (detonated)
    Doc d = Doc.of("ونقلت وكالة رويترز عن الشرطة ان الهجوم الذي وقع فجر امس استهدف طرد الشيعة من المنطقة.");
    Tokens t = d.tokens();
    List<EventMention> ms = DETECTOR.detect(t, new Sentence(0, d.text().length(), 0, t.size()));
    assertThat(ms).extracting(m -> t.surface(m.trigger().firstToken())).containsExactly("الهجوم", "استهدف");
  }

  @Test
  void generatesInflections() {
    assertThat(EventLexicon.inflect("قتل", EventLexicon.Kind.V)).contains("قتلت", "قتلوا", "قتلا", "قتلته", "قتلوهم");
    assertThat(EventLexicon.inflect("يقصف", EventLexicon.Kind.I)).contains("تقصف", "يقصفون", "نقصف");
    assertThat(EventLexicon.inflect("اعتدي", EventLexicon.Kind.V)).contains("اعتدت", "اعتدوا");
    assertThat(EventLexicon.inflect("غارة", EventLexicon.Kind.N)).contains("غارات", "غارته");
  }
}
