package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cleaning on real ANT articles ({@code src/test/resources/clean/ant-residue.jsonl}, see the README
 * there): each kind of residue is removed and recorded, and no sentence of an article is lost.
 */
class ArticleCleanerTest {
  static final ArticleCleaner CLEANER = ArticleCleaner.load();
  static final Map<String, RawDocument> ANT = new LinkedHashMap<>();

  @BeforeAll
  static void readFixtures() {
    List<String> problems = new ArrayList<>();
    for (RawDocument d : InputReader.readAll(List.of(Path.of("src/test/resources/clean/ant-residue.jsonl")),
        p -> problems.add(p.toString()))) {
      ANT.put(d.id(), d);
    }
    assertThat(problems).isEmpty();
  }

  static Article clean(String id) {
    return CLEANER.clean(ANT.get(id));
  }

  static RawDocument text(String body) {
    return new RawDocument("t", "t.txt", null, null, null, null, body, false);
  }

  @Test
  void readAlsoBlockWithLinkedTitlesAndAppPromotion() {
    Article a = clean("BB-internationalNews-726-20180701");
    assertThat(a.removed()).containsExactly("اقرأ أيضاً:",
        "حلم طفلة سورية في مخيم لجوء: استكمال تعليمها لتصبح جراحة تعتني بالآخرين",
        "فرنسا تخفض سن التعليم الإلزامي من 6 سنوات إلى 3",
        "----------------------",
        "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.");
    assertThat(a.text()).endsWith("وقال والده في ختام المقابلة:\" إذا قرر لوران أن يصبح نجاراً غداً، فلن تكون مشكلة بالنسبة لنا، لطالما أنه سعيد\".");
  }

  @Test
  void readAlsoBlockStopsAtTheArticlesOwnSubheading() {
    // BB-culture-179-20180529: three linked titles, then the subheading "صفقة ملكية شركة ديزني" of the next paragraph
    Article a = clean("BB-culture-179-20180529");
    assertThat(a.removed()).containsExactly("اقرأ ايضاً:", "بلاك كيوب: \"موساد خاص\" لمن يدفع",
        "محاكمة هارفي واينستين: إطلاق سراح المنتج السينمائي بكفالة مليون دولار على ذمة قضية الاغتصاب",
        "جورج كلوني: مزاعم تحرش المنتج هارفي واينستين بنساء سلوك \"لا يمكن الدفاع عنه\"");
    assertThat(a.text()).contains("\nصفقة ملكية شركة ديزني\nاشتهرت ميراماكس");
  }

  @Test
  void bareReadAlsoHeadingFollowedByAParagraphLosesOnlyTheHeading() {
    Article a = clean("BB-middleEast-988-20180910");
    assertThat(a.removed()).containsExactly("إقرأ أيضا:");
    assertThat(a.text()).contains("\nقال مسؤول في وزارة الخارجية الأمريكية السبت إن الرئيس دونالد ترامب قرر توجيه 25 مليون دولار");
  }

  @Test
  void readAlsoWithItsTitleOnTheSameLine() {
    assertThat(clean("BB-middleEast-593-20180607").removed())
        .containsExactly("إقرأ أيضا في بي بي سي: جرحى في تفجير قرب مركز تدليك وسط بغداد");
    assertThat(clean("FR-culture-22-20180305").removed())
        .containsExactly("للمزيد: أكاديمية الأوسكار تطرد المنتج هارفي واينستين بعد اتهامه بـ\"اعتداءات جنسية\"");
  }

  @Test
  void creditAndDisclaimerLines() {
    Article a = clean("AL-sport-1025-20180401");
    assertThat(a.removed()).containsExactly("*نقلاً عن الرؤية الإماراتية", "** جميع المقالات المنشورة تمثل رأي كتابها فقط.");
    assertThat(a.text()).startsWith("عمل مميز تقوم به إدارة نادي الوحدة").doesNotContain("\n");
  }

  @Test
  void copyrightFooter() {
    Article a = clean("AL-culture-15-20180215");
    assertThat(a.removed()).containsExactly("**حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية");
  }

  @Test
  void closingCreditNamesTheOutletWhenMetadataDoesNot() {
    RawDocument raw = ANT.get("FR-culture-4-20180212");
    Article a = CLEANER.clean(new RawDocument(raw.id(), raw.path(), null, null, null, raw.title(), raw.body(), false));
    assertThat(a.removed()).containsExactly("فرانس24/ أ ف ب");
    assertThat(a.outlet()).isEqualTo("فرانس 24");
    assertThat(a.text()).endsWith("وستقام النسخة 18 من مهرجان السينما الإسرائيلية بين 13 و20 آذار/مارس في باريس.");
  }

  @Test
  void namesWithAmpersandSurvive() {
    Article a = clean("AL-culture-502-20180618");
    assertThat(a.removed()).isEmpty();
    assertThat(a.text()).contains("دار Dolce&Gabbana من خلال عرضها الأخير");
    Article b = clean("BB-economy-275-20181011");
    assertThat(b.text()).contains("كما انخفض مؤشرا داو جونز و S&P 500 أيضا لأكثر من 3 في المئة.");
    assertThat(b.removed()).doesNotContain("&");
  }

  @Test
  void sentencesAboutFacebookAreNotSharePrompts() {
    Article a = clean("AL-culture-103-20180228");
    assertThat(a.text()).contains("أعلنت عبر صفحتها على \"فيسبوك\" أنها شخصية متسرعة");
  }

  @Test
  void noSentenceOfAnyFixtureArticleIsLost() {
    for (RawDocument raw : ANT.values()) {
      Article a = CLEANER.clean(raw);
      for (String line : raw.body().split("\n")) {
        String l = org.isnad.text.Whitespace.collapse(line);
        if (l.isEmpty() || a.removed().contains(l)) continue;
        assertThat(a.text()).as("%s keeps its line", raw.id()).contains(l);
      }
      // and what was removed is short: residue, not paragraphs
      assertThat(a.removed()).as(raw.id()).allMatch(r -> r.length() <= 200);
    }
  }

  @Test
  void datelineFromBylineAndCnnDatelineInText() {
    Article sky = clean("SK-economy-282-20180404"); // byline "أبوظبي - سكاي نيوز عربية"
    assertThat(sky.dateline()).isEqualTo("أبوظبي");
    assertThat(sky.outlet()).isEqualTo("سكاي نيوز عربية"); // metadata first, as the outlet writes itself
    assertThat(sky.text()).startsWith("تحسن سعر صرف الليرة السورية"); // the no-break space became a space
    Article cnn = clean("CN-economy-10-20180208"); // "دبي، الإمارات العربية المتحدة (CNN)-- وقعت هواتف ..."
    assertThat(cnn.dateline()).isEqualTo("دبي");
  }

  @Test
  void outletFromDatelineInText() {
    // SaudiNewsNet 2015-07-21-2847 (Sabq) opens "سبق- الرياض: أطلقت صحيفة "سبق" الإلكترونية تطبيقاتها ..."
    Article a = CLEANER.clean(text("سبق- الرياض: أطلقت صحيفة \"سبق\" الإلكترونية تطبيقاتها على جميع الأجهزة الكفية واللوحية."));
    assertThat(a.outlet()).isEqualTo("سبق");
    assertThat(a.dateline()).isEqualTo("الرياض");
  }

  @Test
  void outletFromACopyReceived() {
    // SaudiNewsNet 2015-08-10-117 (aawsat)
    Article a = CLEANER.clean(text("وكانت المقاومة الشعبية الجنوبية قد أصدرت بلاغا صحافيا تلقت «الشرق الأوسط» نسخة منه، "
        + "أعلنت فيه المقاومة بدك آخر تجمعات الميليشيات في الشريط الحدودي بين منطقتي سناح ومدينة قعطبة وسط الضالع."));
    assertThat(a.outlet()).isEqualTo("الشرق الأوسط");
    assertThat(a.dateline()).isNull();
  }

  @Test
  void outletFromUrlHost() {
    RawDocument raw = new RawDocument("x", "x", null, "https://www.skynewsarabia.com/business/1036477", null, null,
        "تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية.", false);
    assertThat(CLEANER.clean(raw).outlet()).isEqualTo("سكاي نيوز عربية");
    RawDocument bbc = new RawDocument("y", "y", null, "http://www.bbc.co.uk/arabic/world-45473987", null, null, "نص.", false);
    assertThat(CLEANER.clean(bbc).outlet()).isEqualTo("بي بي سي عربي");
    RawDocument none = new RawDocument("z", "z", null, "https://example.org/a", null, null, "نص.", false);
    assertThat(CLEANER.clean(none).outlet()).isNull();
  }

  @Test
  void titleInferredFromAShortFirstLine() {
    Article a = CLEANER.clean(text("قفزة كبيرة لليرة السورية أمام الدولار\nتحسن سعر صرف الليرة السورية، بشكل ملحوظ."));
    assertThat(a.title()).isEqualTo("قفزة كبيرة لليرة السورية أمام الدولار");
    Article b = CLEANER.clean(text("تحسن سعر صرف الليرة السورية، بشكل ملحوظ.\nوأضحى الدولار يعادل 430 ليرة سورية."));
    assertThat(b.title()).isNull();
  }

  @Test
  void htmlBodyIsReducedToMainText() {
    RawDocument raw = new RawDocument("h", "h.html", null, null, null, null,
        "<html><head><meta property='og:site_name' content='سكاي نيوز عربية'><title>قفزة</title></head><body><nav>الرئيسية</nav>"
            + "<article><p>تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية.</p>"
            + "<p>شارك هذا المقال</p></article></body></html>", true);
    Article a = CLEANER.clean(raw);
    assertThat(a.text()).isEqualTo("تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية.");
    assertThat(a.removed()).containsExactly("شارك هذا المقال");
    assertThat(a.outlet()).isEqualTo("سكاي نيوز عربية");
    assertThat(a.title()).isEqualTo("قفزة");
  }
}
