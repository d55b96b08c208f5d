package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Each kind of residue named in issue 2, around real sentences. The sentences are from ANT v2.1
 * (SK-economy-282-20180404, Sky News Arabia; AL-culture-103-20180228, al-Arabiya); the residue lines are
 * written the way crawled Arabic pages carry them (Telegram and comment prompts, copyright footers do not
 * occur in ../shared/data's already-extracted text).
 */
class ResidueTest {
  static final String S1 = "تحسن سعر صرف الليرة السورية، بشكل ملحوظ، خلال الأيام الماضية، بقرابة 10 في المئة في السوق"
      + " الموازية، في وقت يقترب الجيش السوري من إحكام سيطرته على الغوطة الشرقية قرب دمشق.";
  static final String S2 = "وأضحى الدولار يعادل 430 ليرة سورية، الأربعاء، في السوق الموازية، مقابل 460 ليرة، الأسبوع الماضي.";
  static final String FB = "وأمام تلك الأخبار التي انتشرت بصورة سريعة، اختارت أسما شريف منير أن توضح الأمر بشكل غير مباشر، "
      + "حيث أعلنت عبر صفحتها على \"فيسبوك\" أنها شخصية متسرعة قد تدلي ببعض الكلمات ثم تتراجع عنها.";

  static Article clean(String body) {
    return ArticleCleanerTest.CLEANER.clean(new RawDocument("t", "t", null, null, null, null, body, false));
  }

  @Test
  void dozensOfStrayAmpersandsOnALine() {
    Article a = clean(S1 + " & & & & & & & & & & & &\n&&&&&&\n" + S2 + " &");
    assertThat(a.text()).isEqualTo(S1 + "\n" + S2);
    assertThat(a.removed()).containsExactly("& & & & & & & & & & & &", "&&&&&&", "&");
  }

  @Test
  void ampersandLeftByAStrippedEntityGluedToAWord() {
    Article a = clean("وقال المتحدث&  إن " + S2);
    assertThat(a.text()).isEqualTo("وقال المتحدث إن " + S2);
    assertThat(a.removed()).containsExactly("&");
  }

  @Test
  void entitiesDecodedAndSpacesRecorded() {
    Article a = clean("وقال&nbsp;المتحدث: &quot;" + S2 + "&quot; &#1608;&#1571;&#1590;&#1575;&#1601; &amp;nbsp");
    assertThat(a.text()).isEqualTo("وقال المتحدث: \"" + S2 + "\" وأضاف");
    assertThat(a.removed()).containsExactly("&nbsp;", "&nbsp");
  }

  @Test
  void namesWithAmpersandKept() {
    String s = "وتقوم شركات الاتصالات الأميركية مثل فيريزون و AT & T بالفعل بإعداد شبكات وأجهزة 5G."; // SK-technology-1306-20180811
    String t = "ثم خضعت لاختبار كشف الكذب لصالح مجلة لايف&ستايل."; // BB-internationalNews-202-20180321
    Article a = clean(s + "\n" + t + "\nAT&T");
    assertThat(a.text()).isEqualTo(s + "\n" + t + "\nAT&T");
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void telegramAndFollowUsLines() {
    Article a = clean(S1 + "\nاشترك في قناتنا على تلغرام https://t.me/example\n" + S2
        + "\nتابعونا على تويتر وفيسبوك @example\nحمّل تطبيق الموقع على هاتفك");
    assertThat(a.text()).isEqualTo(S1 + "\n" + S2);
    assertThat(a.removed()).containsExactly("اشترك في قناتنا على تلغرام https://t.me/example",
        "تابعونا على تويتر وفيسبوك @example", "حمّل تطبيق الموقع على هاتفك");
  }

  @Test
  void commentAndSharePrompts() {
    Article a = clean(S1 + "\nأضف تعليقك على الفيس بوك\nشارك هذا المقال\nفيسبوك تويتر واتساب\n" + FB);
    assertThat(a.text()).isEqualTo(S1 + "\n" + FB);
    assertThat(a.removed()).containsExactly("أضف تعليقك على الفيس بوك", "شارك هذا المقال", "فيسبوك تويتر واتساب");
  }

  @Test
  void copyrightAndLegalFootersWithEmail() {
    Article a = clean(S1 + "\n" + S2 + "\nجميع الحقوق محفوظة لـ موقع المثال © 2018\n"
        + "للتواصل مع التحرير: editor@example.com\n© 2018 سكاي نيوز عربية");
    assertThat(a.text()).isEqualTo(S1 + "\n" + S2);
    assertThat(a.removed()).containsExactly("جميع الحقوق محفوظة لـ موقع المثال © 2018",
        "للتواصل مع التحرير: editor@example.com", "© 2018 سكاي نيوز عربية");
  }

  @Test
  void urlAloneRemovedButUrlInASentenceKept() {
    String withUrl = "وللاطلاع على الشروط يمكن زيارة موقع مديرية الجوازات على الرابط www.gdp.gov.sa ."; // SaudiNewsNet 2015-07-21-1349
    Article a = clean(S1 + "\nhttps://www.skynewsarabia.com/business/1036477\n" + withUrl);
    assertThat(a.text()).isEqualTo(S1 + "\n" + withUrl);
    assertThat(a.removed()).containsExactly("https://www.skynewsarabia.com/business/1036477");
  }

  @Test
  void sentencesThatLookLikePromptsSurvive() {
    String a1 = "وشارك الفيلم ضمن مسابقة \"ليال عربية\" بالدورة الأخيرة لمهرجان دبي السينمائي الدولي."; // AL-culture-104-20180228
    String a2 = "وتابع المتحدث أن \"جميع الحقوق محفوظة للمواطنين بموجب الدستور\" وأن الحكومة ستنشر القرار على تويتر.";
    String a3 = "اشترك في تطويره علماء من 12 معهد بحوث في سبع دول أوروبية منذ عام 2013."; // SaudiNewsNet 2015-07-26-10
    // ANT SK-technology-214-20180321, SK-sport-1732-20180618, CN-middleEast-66-20180223
    String a4 = "انضم برايان أكتون، أحد مؤسسي \"واتساب\"، إلى الحملة التي تطالب بحذف \"فيسبوك\"، وتدعو المستخدمين إلى التوقف عن استعماله.";
    String a5 = "انضم النجم الفرنسي السابق إيرك كانتونا للأصوات الساخرة من تسريحة البرازيلي نيمار، في صورة نشرها على حسابه الشخصي بموقع \"إنستغرام\".";
    String a6 = "وقالت الهيئة السعودية عبر تغريدة على حسابها بموقع التواصل الاجتماعي، تويتر: \" هيئة النقل العام تدعو الجمهور الكريم "
        + "للتواصل معها بخصوص أي معلومات تعرّف بهذا المقطع، ومكان انطلاق الرحلة، والوجهة. وبالإمكان إرسال المعلومات إلى: "
        + "Communicate@pta.gov.sa أو هاتف رقم: 0118261111.\"";
    String all = String.join("\n", a1, a2, a3, FB, a4, a5, a6);
    Article a = clean(all);
    assertThat(a.removed()).isEmpty();
    assertThat(a.text()).isEqualTo(all);
  }
}
