package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Counts that are no single report of one act's toll get no role, so that no other outlet's figure is set
 * against them ({@code lexicon/count-scopes.tsv}): an order of magnitude, a total over a period, a toll the
 * sentence marks as revised, the dead and the wounded together. These were most of the false count
 * contradictions of issue 15's judged ANT sample (docs/judging). Sentences from ANT v2.1, ids cited.
 */
class CountScopeTest {
  private static CountReader.Count read(String text, String written, double value, String counted) {
    int at = text.indexOf(written);
    return CountReader.read(text, new Quantity("a#q" + at, at, at + written.length(), written, value, false, counted));
  }

  /** SK-middleEast-1383-20180502: one attack's toll keeps its role. */
  @Test
  void aTollOfOneAttackIsKilled() {
    String s = "قتل 7 أشخاص في هجوم أعقبته اشتباكات، على مقر المفوضية العليا للانتخابات في العاصمة الليبية طرابلس، الأربعاء، حسبما أفاد المتحدث باسم المفوضية.";
    assertThat(read(s, "7 أشخاص", 7, "أشخاص")).isEqualTo(new CountReader.Count(7, 7, 7, "people", "killed"));
  }

  /** AL-internationalNews-1163-20180514: "dozens" is no figure (the judged sample read it as 10 against 43). */
  @Test
  void dozensIsNoFigure() {
    String s = "وقتل عشرات الفلسطينيين الاثنين برصاص الجيش الإسرائيلي خلال المواجهات على الحدود بين قطاع غزة وإسرائيل قبل ساعات من تدشين سفارة الولايات المتحدة في القدس، بحسب ما أعلنت وزارة الصحة في غزة.";
    assertThat(read(s, "عشرات الفلسطينيين", 10, "الفلسطينيين").role()).isNull();
  }

  /** FR-internationalNews-1431-20180525: "حتى الآن" makes a campaign's total. */
  @Test
  void aTotalSoFarIsNotOneActsToll() {
    String s = "والاحتجاجات التي قتل فيها حتى الآن 121 فلسطينيا برصاص القوات الإسرائيلية، بلغت ذروتها في 14 أيار/مايو تزامنا مع نقل السفارة الأمريكية إلى القدس والذكرى السبعين للنكبة وتهجير أكثر من 760 ألف فلسطيني في حرب 1948.";
    CountReader.Count c = read(s, "121 فلسطينيا", 121, "فلسطينيا");
    assertThat(c.counted()).isEqualTo("palestinians");
    assertThat(c.role()).isNull();
  }

  /** SK-middleEast-846-20180408: "وارتفعت حصيلة ... إلى 150 قتيلا" is a revised toll. */
  @Test
  void aRisenTollIsAnUpdate() {
    String s = "وارتفعت حصيلة ضحايا قصف النظام السوري بالغازات السامة على دوما إلى 150 قتيلا، فيما أصيب نحو ألف شخص بالاختناق، بحسب ناشطين، في وقت مبكر الأحد.";
    assertThat(read(s, "150 قتيلا", 150, "قتيلا").role()).isNull();
  }

  /** FR-internationalNews-400-20180313: "خمسة ضحايا ... ما بين قتيل وجريح" counts the wounded too. */
  @Test
  void theDeadAndTheWoundedTogetherAreNoDeathToll() {
    String s = "ونقل مصور الوكالة أنه يوجد خمسة ضحايا على الأقل ما بين قتيل وجريح جرى نقلهم من موقع التفجير الذي استهدف مقر قوات \"الحزام الأمني\" في منطقة الدرين شمال عدن.";
    assertThat(read(s, "خمسة ضحايا", 5, "ضحايا").role()).isNull();
  }

  /** FR-internationalNews-1326-20180519 (the Havana crash): a sentence naming an earlier year recalls another event. */
  @Test
  void aTollOfAnEarlierYearIsBackground() {
    String s = "وفي 2010، تحطمت طائرة من نوع \"إيه تي آر-72\" تابعة لشركة الطيران \"آيروكاريبيان\" وكانت تقوم برحلة بينسانتياغو وهافانا في وسط الجزيرة، ما أدى إلى مقتل 68 شخصا بينهم 28 أجنبيا.";
    int at = s.indexOf("68 شخصا");
    Quantity q = new Quantity("a#q" + at, at, at + "68 شخصا".length(), "68 شخصا", 68, false, "شخصا");
    assertThat(CountReader.read(s, q, 2018).role()).isNull();
    assertThat(CountReader.read(s, q, 2010).role()).isEqualTo("killed"); // an article of 2010 reports it
  }

  /** The judged sample's Tripoli: "طرابلس" resolved once to Libya's and once to Lebanon's is one place as written. */
  @Test
  void placesWrittenAlikeAreOneReading() {
    assertThat(ContradictionFinder.sameName(new org.isnad.model.Place("طرابلس", "place.tripoli-ly", 32.9, 13.2),
        new org.isnad.model.Place("طرابلس", "place.tripoli-lb", 34.4, 35.8))).isTrue();
    assertThat(ContradictionFinder.sameName(new org.isnad.model.Place("دوما", "place.douma", 33.6, 36.4),
        new org.isnad.model.Place("إدلب", "place.idlib", 35.9, 36.6))).isFalse();
  }

  /** SK-internationalNews-959-20180416: "ما يصل إلى 75" admits BBC's and France 24's 40 (a judged false contradiction). */
  @Test
  void upToIsAnUpperBound() {
    String s = "وأسفر الهجوم الكيماوي في دوما في السابع من أبريل عن مقتل ما يصل إلى 75 شخصا وإصابة أكثر من ألف، حسب ما قالت مصادر طبية في المنطقة.";
    CountReader.Count c = read(s, "75 شخصا", 75, "شخصا");
    assertThat(c).isEqualTo(new CountReader.Count(75, 37.5, 75, "people", "killed"));
    assertThat(c.meets(new CountReader.Count(40, 40, 40, "people", "killed"))).isTrue();
  }

  /**
   * CN-middleEast-1189-20180812 and SK-middleEast-3397-20180813 (the Salt operation): "4 عناصر من مرتبات الأمن" are
   * police, "ثلاثة إرهابيين" fighters; one slot had set the two groups against each other.
   */
  @Test
  void aMemberCountsAsTheGroupNamedAfterIt() {
    String cnn = "عمان، الأردن (CNN) -- أعلنت الحكومة الأردنية الأحد انتهاء \"العملية الأمنية\" في مدينة السلط شمال غرب العاصمة، بعد يومين من المداهمات والملاحقات لـ\"خلية إرهابية\" تحصنت في أحد الأحياء السكنية، أسفرت عن مقتل 4 عناصر من مرتبات الأمن العام والدرك، فيما قتل فيها 3 من \"الإرهابيين\".";
    assertThat(read(cnn, "4 عناصر", 4, "عناصر").counted()).isEqualTo("police");
    String sky = "وأضاف مبيضين في مؤتمر صحفي بالعاصمة عمان، أن العملية الأمنية في مدينة السلط، أسفرت عن مقتل ثلاثة إرهابيين كما قادت إلى اعتقال عدد منهم، وأوضح أن منفذي الهجوم أردنيون.";
    assertThat(read(sky, "ثلاثة إرهابيين", 3, "إرهابيين").counted()).isEqualTo("fighters");
  }

  /** The same noun with no group after it names no side, and is not compared. */
  @Test
  void aMemberOfNoNamedGroupIsNotCompared() {
    String s = "وأسفرت الاشتباكات عن مقتل 12 عنصرا، بحسب ما أفاد المرصد.";
    assertThat(read(s, "12 عنصرا", 12, "عنصرا").counted()).isNull();
  }

  /**
   * BB and FR, April 2018 ("قتل نحو ثلاثين فلسطينيا خلال عشرة أيام من الاحتجاجات") and CNN, February 2018 ("خلال
   * الـ24 ساعة الماضية"): a toll over a stated period is no one act's toll (judged false against a weekend's 9).
   */
  @Test
  void aTollOverAStatedPeriodIsATotal() {
    String bbc = "ويزداد الاحتجاج على استخدام إسرائيل الرصاص الحي في قطاع غزة، حيث قتل نحو ثلاثين فلسطينيا خلال عشرة أيام من الاحتجاجات والصدامات على الحدود الشرقية للقطاع.";
    assertThat(read(bbc, "ثلاثين فلسطينيا", 30, "فلسطينيا").role()).isNull();
    String cnn = "(CNN)-- قتل أكثر من 100 مدني بينهم 20 طفلاً في منطقة الغوطة الشرقية التي تسيطر عليها قوات المعارضة خلال الـ24 ساعة الماضية، وذلك بعد سلسلة من الغارات الجوية والقصف المدفعي الذي قام به نظام بشار الأسد.";
    assertThat(read(cnn, "100 مدني", 100, "مدني").role()).isNull();
    // one day is not a period: "خلال يوم الجمعة" (and the first test's toll keeps its role)
    String day = "وقتل 7 فلسطينيين خلال يوم الجمعة برصاص الجيش الإسرائيلي قرب الحدود.";
    assertThat(read(day, "7 فلسطينيين", 7, "فلسطينيين").role()).isEqualTo("killed");
  }

  /** FR-middleEast, February 2018: "وطوال أيام" is "طوال" with its conjunction. */
  @Test
  void aScopeWordKeepsItsConjunction() {
    String s = "وشهدت الغوطة الشرقية في الأسبوع الثاني من شهر شباط/فبراير الحالي وطوال أيام تصعيدا عنيفا تمثل بعشرات الغارات التي أودت بحياة نحو 250 مدنيا.";
    assertThat(read(s, "250 مدنيا", 250, "مدنيا").role()).isNull();
  }
}
