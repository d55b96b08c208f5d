package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's residue cases through the whole cleaner, on real fragments: CNN Arabic's comment policy (inside
 * the article's own container on {@code ../shared/data/pages/cnn-arabic-newspaper-n4k_arabic_article.html});
 * plain-text crawl residue as SaudiNewsNet 2015 has it (alweeam, 2015-07-21-1530: Cloudflare's e-mail
 * protection left as "[email protected] /* *&#47;") and as the arabicfc retrieved pages have it (V-466: entities
 * spaced out, "& quot ;"); Sky News Arabia sentences of ANT SK-economy-282-20180404 around them.
 */
class PageResidueTest {
  static final ArticleCleaner CLEANER = ArticleCleaner.load();
  static final String SKY_1 = "تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية، بقرابة 10 في المئة في السوق"
      + " الموازية، في وقت يقترب الجيش السوري من إحكام سيطرته على الغوطة الشرقية قرب دمشق.";
  static final String SKY_2 = "وأضحى الدولار يعادل 430 ليرة سورية، الأربعاء، في السوق الموازية، مقابل 460 ليرة، الأسبوع الماضي.";

  static Article text(String title, String body) {
    return CLEANER.clean(new RawDocument("t", "t.txt", null, null, null, title, body, false));
  }

  @Test
  void commentPolicyInTheArticleContainerIsDropped() {
    String cnn1 = "دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد تمكنت"
        + " من السيطرة على مستودعات للأسلحة بريف دمشق.";
    String cnn2 = "وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن مقاتلين من عدة كتائب سيطروا على"
        + " ثلاثة مستودعات للذخيرة بالقرب من بلدة قلدون في منطقة القلمون بريف دمشق.";
    String html = "<html><head><title>معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com</title></head><body>"
        + "<div class=\"cnn_storyarea\"><h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1>"
        + "<div class=\"cnn_strycntntrgt\"><p><b>" + cnn1 + "</b></p><p>" + cnn2 + "</p>"
        + "<div class=\"cnn_divline cnn_divln3pxblck\"> </div><div style=\"padding:10px 0;\">"
        + "<p style=\"font:normal 12px/18px 'Tahoma';\">ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN"
        + " بالعربية إلى مراجعة التعليقات قبل نشرها. ننصحك بمراجعة <a href=\"/community_guidelines.html\">إرشادات الاستخدام</a>"
        + "  للتعرف إليها جيداً. وللعلم فان جميع مشاركاتك يمكن استخدامها، مع اسمك وصورتك، استنادا إلى <a href=\"/privacy.html\">"
        + "سياسة الخصوصية</a> بما يتوافق مع <a href=\"/terms.html\">شروط استخدام الموقع</a>.</p>"
        + "<p style=\"font:bold 11px/18px 'Tahoma';\"> الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات"
        + " نظر أصحابها فقط.</p></div>"
        + "<div data-width=\"620\" class=\"fb-comments\"> </div></div></div></body></html>";
    Article a = CLEANER.clean(new RawDocument("cnn", "cnn.html", null, null, null, null, html, true));
    assertThat(a.text()).isEqualTo(cnn1 + "\n" + cnn2);
    assertThat(a.title()).isEqualTo("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
  }

  @Test
  void copyrightNoticeEndingInAnEmailProtectionLine() {
    Article a = text(null, SKY_1 + "\n" + SKY_2 + "\nجميع الحقوق محفوظة لسكاي نيوز عربية 2018\n[email\u00a0protected] /* */");
    assertThat(a.text()).isEqualTo(SKY_1 + "\n" + SKY_2);
  }

  @Test
  void subscriptionLineForAMessagingChannel() {
    Article a = text(null, SKY_1 + "\nتابعونا على تلغرام لمتابعة آخر الأخبار لحظة بلحظة\n" + SKY_2);
    assertThat(a.text()).isEqualTo(SKY_1 + "\n" + SKY_2);
  }

  @Test
  void entityResidueGluedToNumbersAndSpacedOut() {
    Article a = text(null, "وأضحى الدولار يعادل 430&nbsp;ليرة سورية، مقابل 460&nbsp;ليرة.\n"
        + "ويشعل الأطفال اطارات & quot ; للتشويش & quot ; على الطيران.");
    assertThat(a.text()).isEqualTo("وأضحى الدولار يعادل 430 ليرة سورية، مقابل 460 ليرة.\n"
        + "ويشعل الأطفال اطارات \" للتشويش \" على الطيران.");
  }

  @Test
  void aDatelineIsNeverTheTitle() {
    // "<outlet> – <city> (خاص)" on the first line of a plain-text article
    Article a = text("الصباح نيوز – تونس (خاص)", SKY_1);
    assertThat(a.title()).isNull();
    assertThat(a.dateline()).isEqualTo("تونس");
  }
}
