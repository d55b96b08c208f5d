package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Main text and metadata of real pages, cut down to the elements that matter. Fragments are from the dev
 * pages of {@code ../shared/data/pages/} (public extraction test suites; page text © its outlet): LBCI
 * ({@code fundus-lbc-LBCGroup_2026_01_08.html}, fundus), Assabah ({@code trafilatura-assabah-assabah.com.tn.article.html},
 * trafilatura) and CNN Arabic ({@code cnn-arabic-newspaper-n4k_arabic_article.html}, newspaper4k); markup as
 * on the page, text shortened to a sentence or two.
 */
class HtmlPageTest {
  static final String LBCI_1 = "أثار ظهور دونالد ترامب بشعرٍ مائل إلى اللون الوردي خلال خطاب ألقاه في واشنطن العاصمة موجة واسعة"
      + " من الجدل والسخرية على مواقع التواصل الاجتماعي، وفق ما نقل موقع دايلي ميل.";
  static final String LBCI_2 = "وخلال مخاطبته أعضاء الحزب الجمهوري في مركز جون إف. كينيدي للفنون المسرحية، بدا شعر ترامب، البالغ"
      + " من العمر 79 عامًا، بلون غير معتاد.";
  static final String LBCI_TITLE = "\"شعر وردي يُشعل السخرية\"… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب";

  /** LBCI: ASP.NET, the whole body in one form; reading time, a hidden title copy, tags and previous/next links beside the text. */
  static final String LBCI = """
      <html><head><title>
      \tشعر وردي يُشعل السخرية… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب - Lebanon News
      </title>
      <meta property="og:title" content="شعر وردي يُشعل السخرية… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب">
      <meta property="og:site_name" content="LBCIV7">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
       "headline": "&quot;شعر وردي يُشعل السخرية&quot;… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب",
       "datePublished": "2026-01-08T11:42:50+00:00","publisher":{"name": "LBCI Lebanon","url": "https://www.lbcgroup.tv"}}</script>
      </head><body id="ctl00_WBody" class="MyMainBody BodyRemoveScroll" dir="rtl">
      <form method="post" action="./ar" id="aspnetForm">
      <div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTkz" /></div>
      <div class="MainControlDiv SubscribeToOurVOD w-100"><div class="padding-b-xs-5 text-title-13">إشترك لمشاهدة الفيديوهات عبر الانترنت</div></div>
      <h1 class="u-inheritStyle PrintThis"><span class="article_details_title text-title-19 PrintThis">&quot;شعر وردي يُشعل السخرية&quot;… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب</span></h1>
      <div class="d-flex justify-content-md-end"><div>2026-01-08 | 12:42</div></div>
      <div class="article_details_body text-title-4" itemprop="articleBody">
        <div class="article_details_time_to_read_container_full_width"><div class="article_details_time_to_read_bar">
          <span class='time_to_read'>2<sup>min</sup></span></div></div>
        <span id="ctl00_MainContent_ArticleDetailsDescription15_lblTitle" class="d-none">&quot;شعر وردي يُشعل السخرية&quot;… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب</span>
        <div class="LongDesc"><div>%s<br />
      <br />
      %s<br /><bannerinjection data-banner='mybanner'></bannerinjection></div></div>
        <div id="ctl00_MainContent_ArticleDetailsDescription15_DivTags" class="article_details_tags u-width100"><div class="d-flex flex-wrap">
          <div itemprop="articleSection" class="article_details_tag"><h3 class="u-inheritStyle"><a class="u-imgLink" href='/news/category/29/منوعات/ar'></a> منوعات</h3></div>
          <div itemprop="articleSection" class="article_details_tag"><h3 class="u-inheritStyle"><a class="u-imgLink" href='/search/ترامب/ar'></a> ترامب</h3></div></div></div>
        <div id="ctl00_MainContent_ArticleDetailsDescription15_next_prev_container" class="d-flex align-items-center article_details_prev_next">
          <div class="d-flex position-relative article_details_next"><div class="prev_next_text"><span class="text-title-3 Ellipsis-2">في إعارة نادرة خارج هولندا... لوحة "الفتاة ذات القرط اللؤلؤي" لفيرمير تُعرض باليابان</span></div></div></div>
      </div>
      <div class="card-module-title text-title-23 d-none hideMe"><h2><a class="Ellipsis-2" href="/news/1">مضيفو طيران يحذرون: هذا المكان في الطائرة مليء بالبكتيريا ولا يجب وضع معطفك فيه</a></h2></div>
      <div class="card-module-title text-title-23"><h2><a class="Ellipsis-2" href="/news/1">مضيفو طيران يحذرون: هذا المكان في الطائرة مليء بالبكتيريا ولا يجب وضع معطفك فيه</a></h2></div>
      </form></body></html>
      """.formatted(LBCI_1, LBCI_2);

  @Test
  void aspNetPageInOneFormKeepsItsArticle() {
    HtmlPage page = HtmlPage.parse(LBCI, null);
    assertThat(page.text()).isEqualTo(LBCI_1 + "\n" + LBCI_2);
  }

  @Test
  void printedHeadlineWithItsQuotesDateFromJsonLdSiteFromOpenGraph() {
    HtmlPage page = HtmlPage.parse(LBCI, null);
    assertThat(page.title()).isEqualTo(LBCI_TITLE);
    assertThat(page.published()).isEqualTo("2026-01-08");
    assertThat(page.siteName()).isEqualTo("LBCIV7");
  }

  static final String ASSABAH_1 = "مالذي يحدث في السودان؟ والى أين يتجه البلد الذي يقوده الرئيس عمر البشير منذ ثلاثين عاما؟";
  static final String ASSABAH_Q = "*كيف يمكن تقييم حصيلة ثلاثة عقود في ظل حكم البشير؟";
  static final String ASSABAH_A = "-أخطر ما في حكم البشير أنه قسم البلاد، كنا وطنا واحدا فأصبحنا وطنين.";

  /**
   * Assabah (Drupal): a header block with the founder's name and the day, "تابعونا على", the article with
   * its date in Tunisian month names, a comment form, a weather box and a copyright footer.
   */
  static final String ASSABAH = """
      <html lang="ar" dir="rtl"><head>
      <meta name="copyright" content="جميع الحقوق محفوظة لـ دار الصباح" />
      <title>الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»:  كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا - الصباح | Assabah</title>
      </head><body class="html not-front not-logged-in page-node">
      <header id="section-header" class="section section-header">
        <div class="block block-block block-12"><div class="content clearfix"><span>المـــؤســـس : الحــبـيـب شــيـخ روحه -
      الجمعة 8 فيفري 2019 </span></div></div>
        <section class="block block-block block-7"><h2 class="block-title">تابعونا على</h2></section>
      </header>
      <div id="region-content" class="grid-8 region region-content">
      <article typeof="rNews:Article schema:NewsArticle" class="node node-openpublish-article node-published author-assabah1 odd clearfix">
        <h1 class="title" id="page-title">الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»:  كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا </h1>
        <footer class="submitted clearfix"><div class="field field-name-field-op-date-paper-online field-type-datetime field-label-hidden">
          <span class="date-display-single">الجمعة 8 فيفري 2019</span></div></footer>
        <div class="content clearfix">
        <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="rnews:articlebody schema:articleBody">
          <p>%s</p>
          <p> </p>
          <p><strong>%s</strong><br />%s</p>
        </div></div></div></div>
        <div class="clearfix"><div id="comments" class="comment-wrapper">
          <h2 class="title comment-form">إضافة تعليق جديد</h2>
          <form class="comment-form" action="/comment/reply/164913" method="post" id="comment-form"><label for="edit-name">‏اسمك ‏</label></form>
        </div></div>
      </article>
      </div>
      <aside class="grid-4 region region-sidebar-second"><section class="block block-weather"><h2 class="block-title">الأحوال الجوية</h2>
        <div class="weather"><p><strong><a href="/">تونس</a></strong></p>غائم جزئيا</div></section></aside>
      <footer id="section-footer" class="section section-footer">
        <p>يومية اخبارية سياسية جامعة<br />المقر : شارع المحمد البوعزيزي - المنزه تونس</p>
        <p>جميع الحقوق © محفوظة لـ &quot;دار الصباح&quot; - و يحظر نشر أو توزيع أو طبع أي مادة دون إذن مسبق من الصباح</p>
      </footer></body></html>
      """.formatted(ASSABAH_1, ASSABAH_Q, ASSABAH_A);

  @Test
  void drupalArticleWithoutCommentFormWeatherOrFooter() {
    HtmlPage page = HtmlPage.parse(ASSABAH, null);
    assertThat(page.text()).isEqualTo(ASSABAH_1 + "\n" + ASSABAH_Q + "\n" + ASSABAH_A);
  }

  @Test
  void maghrebMonthNameDateTitleWithoutSiteNameAndOutletFromCopyright() {
    HtmlPage page = HtmlPage.parse(ASSABAH, null);
    // no og:title: the <title> less " - الصباح | Assabah", as the h1 prints it
    assertThat(page.title()).isEqualTo(
        "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا");
    assertThat(page.published()).isEqualTo("2019-02-08"); // "الجمعة 8 فيفري 2019"
    assertThat(page.siteName()).isEqualTo("الصباح");
  }

  static final String CNN_1 = "دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد تمكنت"
      + " من السيطرة على مستودعات للأسلحة بريف دمشق.";
  static final String CNN_2 = "وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن مقاتلين من عدة كتائب سيطروا على"
      + " ثلاثة مستودعات للذخيرة بالقرب من بلدة قلدون في منطقة القلمون بريف دمشق.";

  /** CNN Arabic 2013: no metadata date; the address has it; a "last update" stamp; most-read headlines beside the text. */
  static final String CNN = """
      <html lang="ar"><head><title>معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com</title>
      <meta property="og:title" content="معارضون يسيطرون على مخازن للصواريخ بريف دمشق"/>
      <meta property="og:url" content="http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"/>
      </head><body>
      <div id="cnn_hdr"><div id="hdr-banner"><h1><span>CNN</span></h1></div>
        <ul><li class="no-pad-right">&#1575;&#1604;&#1591;&#1576;&#1593;&#1577;: &nbsp;&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;</li></ul></div>
      <div class="cnn_storyarea" id="cnnContentContainer">
      <h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1><div class="cnn_stryathrtmp"><div class="cnn_strytmstmp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div></div>
      <div class="cnn_strycntntrgt"><p><b>%s</b></p><p>%s</p>
      <div data-width="620" data-num-posts="10" class="fb-comments" data-href="http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"> </div></div>
      <div class="cnn_strycntntlft"><div class="cnn_strycrcntrnwsp"><h4>&#1575;&#1604;&#1571;&#1603;&#1579;&#1585; &#1578;&#1589;&#1601;&#1581;&#1575;&#1611;</h4>
      <div class="cnn_stryccnwsp3"><h2><a href="http://arabic.cnn.com/2014/middle_east/1/9/sa.Sexual.harassment/index.html">القبض على شاب تحرش بطفلة في السعودية </a></h2></div>
      <div class="cnn_stryccnwsp3"><h2><a href="http://arabic.cnn.com/2014/middle_east/1/9/saudi.waleed/index.html">الأمير الوليد يلغي إيقاف مقدم برامج بعد مقابلة جرئية </a></h2></div>
      </div></div></div>
      <div class="cnn_ftrlgcpy"><div>&copy; 2013 Cable News Network. <a href="http://www.turner.com/">Turner Broadcasting System, Inc.</a> All Rights Reserved.</div></div>
      </body></html>
      """.formatted(CNN_1, CNN_2);

  @Test
  void articleWithoutMostReadHeadlinesStampOrEditionLine() {
    HtmlPage page = HtmlPage.parse(CNN, null);
    assertThat(page.text()).isEqualTo(CNN_1 + "\n" + CNN_2);
    assertThat(page.title()).isEqualTo("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
  }

  @Test
  void dateFromTheAddressNotFromTheLastUpdateStampAndSiteFromTheTitleSuffix() {
    HtmlPage page = HtmlPage.parse(CNN, null);
    assertThat(page.published()).isEqualTo("2013-08-03");
    assertThat(page.url()).isEqualTo("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html");
    assertThat(page.siteName()).isEqualTo("CNNArabic.com");
  }

  @Test
  void leadParagraphInItsOwnElementIsKept() {
    // LBCI's lead holder (div.ShortDesc > h2 > span), empty on the dev page, here with a lead of our own
    String lead = "تصدّر لون شعر الرئيس الأميركي مواقع التواصل بعد خطابه الأخير، وخبير يشرح ما الذي يغيّر لون الشعر تحت الأضواء.";
    String html = LBCI.replace("<div class=\"LongDesc\">",
        "<div id=\"ctl00_MainContent_ArticleDetailsDescription15_DivLeadText\" class=\"ShortDesc article_details_body-lead text-title-23\">"
            + "<h2 class=\"u-inheritStyle\"><span id=\"ctl00_MainContent_ArticleDetailsDescription15_lblShortDesc\">" + lead
            + "</span></h2></div>\n<div class=\"LongDesc\">");
    assertThat(HtmlPage.parse(html, null).text()).isEqualTo(lead + "\n" + LBCI_1 + "\n" + LBCI_2);
  }

  @Test
  void headlineRepeatedAsFirstBodyLineIsDropped() {
    // Assabah's h1 sits in the article element, above the body
    String html = ASSABAH.replace("<div class=\"content clearfix\">\n  <div class=\"field field-name-body",
        "<div class=\"content clearfix\"><p>الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا</p>\n  <div class=\"field field-name-body");
    assertThat(HtmlPage.parse(html, null).text()).isEqualTo(ASSABAH_1 + "\n" + ASSABAH_Q + "\n" + ASSABAH_A);
  }

  @Test
  void arabicTextDatesInBothMonthSeriesAndTheMaghrebsWithTheirWeekday() {
    assertThat(TextDates.first("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00")).isEqualTo("2013-08-28");
    assertThat(TextDates.first("الجمعة 8 فيفري 2019")).isEqualTo("2019-02-08");
    assertThat(TextDates.first("الخميس 8 كانون الثاني 2026")).isEqualTo("2026-01-08");
    assertThat(TextDates.first("نشر في: السبت ٣ أغسطس ٢٠١٣ م")).isEqualTo("2013-08-03");
    assertThat(TextDates.first("الأحد 1 جويلية 2018")).isEqualTo("2018-07-01");
    assertThat(TextDates.first("الجمعة 9 فيفري 2019")).isNull(); // 9 February 2019 was a Saturday: misread
  }

  @Test
  void publishedTimeIsTheDayTheOutletWrote() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"2018-04-04T00:25:45+04:00\">"
        + "</head><body><article><p>" + InputReaderTest.SKY_1 + "</p></article></body></html>";
    assertThat(HtmlPage.parse(html, null).published()).isEqualTo("2018-04-04"); // 2018-04-03 in UTC
  }

  @Test
  void titleSiteNameSegmentsAreDropped() {
    assertThat(PageMetadata.withoutSiteName("قفزة كبيرة لليرة السورية أمام الدولار | سكاي نيوز عربية", "سكاي نيوز عربية"))
        .isEqualTo("قفزة كبيرة لليرة السورية أمام الدولار");
    assertThat(PageMetadata.withoutSiteName("سكاي نيوز عربية - قفزة كبيرة لليرة السورية أمام الدولار", "سكاي نيوز عربية"))
        .isEqualTo("قفزة كبيرة لليرة السورية أمام الدولار");
    assertThat(PageMetadata.titleSuffix("معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com",
        "معارضون يسيطرون على مخازن للصواريخ بريف دمشق")).isEqualTo("CNNArabic.com");
  }

  @Test
  void outletFromJsonLdPublisherWhenThereIsNoOpenGraphSiteName() {
    HtmlPage page = HtmlPage.parse(LBCI.replace("<meta property=\"og:site_name\" content=\"LBCIV7\">", ""), null);
    assertThat(page.siteName()).isEqualTo("LBCI Lebanon");
  }

  @Test
  void furnitureNamedByClassOrRoleIsDropped() {
    // not from a dev page: the class and role names of common CMS templates (WordPress, Drupal, Bootstrap) around
    // the LBCI sentences: breadcrumbs, byline, photo credit, poll, "follow us", related headlines with their dates
    String html = "<html><body><main><ol class=\"breadcrumb\"><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/news\">أخبار</a></li>"
        + "<li>منوعات</li></ol>"
        + "<div class=\"article-byline\">كتب: فريق التحرير - 8 كانون الثاني 2026</div>"
        + "<figure><img src=\"a.jpg\"><figcaption>ترامب خلال خطابه في واشنطن (أ ف ب)</figcaption></figure>"
        + "<p class=\"photo-credit\">الصورة: أرشيفية من مركز كينيدي للفنون المسرحية في واشنطن</p>"
        + "<div class=\"entry-content\"><p>" + LBCI_1 + "</p><p>" + LBCI_2 + "</p></div>"
        + "<div class=\"poll-widget\"><h3>هل تتابع أخبار المشاهير يوميا وتثق بما تنشره مواقع التواصل عنهم؟</h3>"
        + "<label>نعم</label><label>لا</label></div>"
        + "<div class=\"follow-us\">تابعونا على فيسبوك وتويتر وإنستغرام ويوتيوب لمتابعة آخر الأخبار لحظة بلحظة</div>"
        + "<section class=\"related-posts\"><h2>مقالات ذات صلة</h2><ul><li><a href=\"/1\">صدمة لعشّاق ذا سيمبسونز… وداع نهائي لشخصية رافقت المشاهدين</a>"
        + " <span>2026-01-07</span></li></ul></section>"
        + "<div role=\"complementary\"><p>زوارنا يقرأون الآن: مضيفو طيران يحذرون من مكان في الطائرة مليء بالبكتيريا</p></div>"
        + "</main></body></html>";
    assertThat(HtmlPage.parse(html, null).text()).isEqualTo(LBCI_1 + "\n" + LBCI_2);
  }
}
