package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.extract.ner.NameSpan;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.model.Place;
import org.isnad.text.Doc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mention finder on real articles of the ANT v2.1 corpus (Chouigui et al., Apache-2.0), copied in
 * {@code src/test/resources/mentions/ant-articles.jsonl}; each test cites the article ids it reads.
 */
class MentionFinderTest {
  private static MentionFinder finder;
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    finder = MentionFinder.load();
    ObjectMapper om = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        MentionFinderTest.class.getResourceAsStream("/mentions/ant-articles.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = om.readTree(line);
        TEXTS.put(n.get("id").asText(), n.get("text").asText());
      }
    }
  }

  private static List<Mention> mentions(String id) {
    String text = TEXTS.get(id);
    assertThat(text).as("fixture article " + id).isNotNull();
    List<Mention> ms = finder.find(Doc.of(text));
    int last = 0;
    for (Mention m : ms) {
      assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
      assertThat(m.start()).as("text order, no overlap").isGreaterThanOrEqualTo(last);
      last = m.end();
    }
    return ms;
  }

  /** The first mention whose text is {@code text}. */
  private static Mention first(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention \"" + text + "\" in " + ms));
  }

  @Test
  void governmentVocabularyLinksBothSides() {
    // BB-middleEast-148-20180307 (BBC quoting SANA): "... لإنقاذ الإرهابيين الذين يواجهون حتفهم أمام الجيش العربي السوري"
    List<Mention> ms = mentions("BB-middleEast-148-20180307");
    assertThat(first(ms, "الإرهابيين")).extracting(Mention::type, Mention::entity, Mention::label)
        .containsExactly(MentionType.DESC, "syria.opposition.armed", "المعارضة السورية المسلحة");
    assertThat(first(ms, "الجيش العربي السوري")).extracting(Mention::type, Mention::entity, Mention::label)
        .containsExactly(MentionType.DESC, "syria.government", "الحكومة السورية");
  }

  @Test
  void oppositionVocabularyLinksBothSides() {
    // AL-internationalNews-68-20140112: "... في المناطق التي حررها الثوار"; "... محادثات سياسية مع النظام"
    List<Mention> ms68 = mentions("AL-internationalNews-68-20140112");
    assertThat(first(ms68, "الثوار")).extracting(Mention::type, Mention::entity)
        .containsExactly(MentionType.DESC, "syria.opposition.armed");
    // AL-internationalNews-100-20180219: "وذكرت مصادر كردية أن قوات النظام ستنتشر في بعض المواقع الحدودية"
    String text = TEXTS.get("AL-internationalNews-100-20180219");
    List<Mention> ms = mentions("AL-internationalNews-100-20180219");
    Mention forces = first(ms, "قوات النظام");
    assertThat(forces.start()).isEqualTo(text.indexOf("قوات النظام ستنتشر"));
    assertThat(forces).extracting(Mention::type, Mention::entity).containsExactly(MentionType.DESC, "syria.government");
    assertThat(first(ms, "النظام")).extracting(Mention::entity).isEqualTo("syria.government");
  }

  @Test
  void descriptorOutsideSyriaIsNotTheSyrianOpposition() {
    // AL-internationalNews-1334-20180526 (Kashmir): "اعترض الجنود عدداً من المسلحين المدججين بالسلاح"
    Mention m = first(mentions("AL-internationalNews-1334-20180526"), "المسلحين");
    assertThat(m.type()).isEqualTo(MentionType.DESC);
    assertThat(m.entity()).isNull();
    assertThat(m.label()).isNull();
  }

  @Test
  void familyNameLinksToThePersonNamedInFull() {
    // FR-middleEast-901-20180809: "عيّن الأمين العام للأمم المتحدة أنطونيو غوتيريش ..." then "وأبلغ غوتيريش خياره"
    String text = TEXTS.get("FR-middleEast-901-20180809");
    List<Mention> ms = mentions("FR-middleEast-901-20180809");
    Mention full = first(ms, "أنطونيو غوتيريش");
    Mention family = first(ms, "غوتيريش");
    assertThat(family.start()).isEqualTo(text.indexOf("وأبلغ غوتيريش") + "وأبلغ ".length());
    assertThat(full.entity()).isEqualTo("person.antonio-guterres");
    assertThat(family).extracting(Mention::type, Mention::entity, Mention::label)
        .containsExactly(MentionType.PER, "person.antonio-guterres", "أنطونيو غوتيريش");
    // the title right before the name gives way to it
    assertThat(ms).noneMatch(m -> m.text().equals("الأمين العام للأمم المتحدة"));
  }

  @Test
  void ambiguousFamilyNameNeedsTheFullNameInTheArticle() {
    // CN-middleEast-389-20180327: "وزير الخارجية السورية، وليد المعلم" ... "سيلتقي خلالها المعلم عدداً من كبار المسؤولين"
    List<Mention> ms = mentions("CN-middleEast-389-20180327");
    assertThat(ms).filteredOn(m -> m.text().equals("المعلم"))
        .hasSize(2).allMatch(m -> "person.walid-muallem".equals(m.entity()) && m.type() == MentionType.PER);
    // AL-culture-147-20180309: a song called "#المعلم", no minister in sight
    assertThat(mentions("AL-culture-147-20180309")).noneMatch(m -> m.text().equals("المعلم"));
  }

  @Test
  void procliticPlacesHaveExactOffsetsAndCoordinates() {
    // BB-middleEast-115-20180228: "مقتل 23 من مسلحي "احرار الشام" في هجوم انتحاري بحلب"
    String text = TEXTS.get("BB-middleEast-115-20180228");
    int at = text.indexOf("انتحاري بحلب") + "انتحاري ".length();
    Mention aleppo = mentions("BB-middleEast-115-20180228").stream().filter(m -> m.start() == at + 1).findFirst().orElseThrow();
    assertThat(aleppo).extracting(Mention::end, Mention::text, Mention::type, Mention::entity, Mention::label)
        .containsExactly(at + 4, "حلب", MentionType.LOC, "place.aleppo", "حلب");
    Place p = finder.place(aleppo);
    assertThat(p.lat()).isBetween(36.15, 36.25);
    assertThat(p.lon()).isBetween(37.10, 37.20);

    // CN-middleEast-36-20180220: "لبحث الأوضاع في سوريا وخاصة التطورات في عفرين وإدلب"
    String text2 = TEXTS.get("CN-middleEast-36-20180220");
    int w = text2.indexOf("وإدلب");
    List<Mention> ms = mentions("CN-middleEast-36-20180220");
    Mention idlib = ms.stream().filter(m -> m.start() == w + 1).findFirst().orElseThrow();
    assertThat(idlib).extracting(Mention::end, Mention::text, Mention::entity).containsExactly(w + 5, "إدلب", "place.idlib");
    GeoPlace g = finder.place("place.idlib");
    assertThat(g.lat()).isBetween(35.88, 35.98);
    assertThat(g.lon()).isBetween(36.58, 36.68);
    assertThat(first(ms, "عفرين").entity()).isEqualTo("place.afrin");
  }

  @Test
  void placeNameThatIsAlsoAWordNeedsAPlaceWord() {
    // SK-middleEast-1624-20180512: "منعت القوات التركية التي تسيطر على مدينة الباب في حلب"
    Mention bab = first(mentions("SK-middleEast-1624-20180512"), "الباب");
    assertThat(bab).extracting(Mention::type, Mention::entity).containsExactly(MentionType.LOC, "place.al-bab");
    // AL-culture-568-20180702: "واحترفت التمثيل من الباب الواسع" (through the wide door)
    assertThat(mentions("AL-culture-568-20180702")).noneMatch(m -> m.text().equals("الباب"));
  }

  @Test
  void sameEntityIdAcrossArticles() {
    // "حلب" in BB-middleEast-115-20180228 and in CN-middleEast-1295-20180906 ("نتحدث عن حلب وإدلب");
    // Guterres in BB-middleEast-538-20180526 and FR-middleEast-901-20180809
    assertThat(first(mentions("CN-middleEast-1295-20180906"), "حلب").entity())
        .isEqualTo(first(mentions("BB-middleEast-115-20180228"), "حلب").entity()).isEqualTo("place.aleppo");
    assertThat(first(mentions("BB-middleEast-538-20180526"), "غوتيريش").entity())
        .isEqualTo(first(mentions("FR-middleEast-901-20180809"), "غوتيريش").entity());
  }

  @Test
  void capitalsThatActLinkToTheirGovernments() {
    // AL-internationalNews-931-20180415: "واتهمت دمشق وموسكو وطهران الاثنين الماضي (9 أبريل) إسرائيل بشن ضربة جوية
    // استهدفت #مطار_التيفور العسكري في محافظة #حمص"
    String text = TEXTS.get("AL-internationalNews-931-20180415");
    List<Mention> ms = mentions("AL-internationalNews-931-20180415");
    int at = text.indexOf("واتهمت دمشق وموسكو وطهران");
    assertThat(ms).filteredOn(m -> m.start() > at && m.end() < at + 30)
        .extracting(Mention::text, Mention::type, Mention::entity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("دمشق", MentionType.LOC, "syria.government"),
            org.assertj.core.groups.Tuple.tuple("موسكو", MentionType.LOC, "russia"),
            org.assertj.core.groups.Tuple.tuple("طهران", MentionType.LOC, "iran"));
    assertThat(first(ms, "مطار_التيفور").entity()).isEqualTo("place.t4-airbase");
    assertThat(finder.place(first(ms, "حمص"))).extracting(Place::entity).isEqualTo("place.homs");
  }

  /** A tagger span over the first occurrence of {@code phrase}. */
  private static NameSpan span(Doc doc, String phrase, MentionType type) {
    int at = doc.text().indexOf(phrase);
    int first = doc.tokens().tokenAt(at);
    int end = doc.tokens().tokenAt(at + phrase.length());
    return new NameSpan(first, end, type, 0.9);
  }

  @Test
  void taggerNamesOutsideTheCataloguesAreKeptUnlinked() {
    // AL-internationalNews-931-20180415: "وقال وزير الأمن الداخلي، جلعاد أردان، العضو في الحكومة الأمنية المصغرة
    // لإذاعة الجيش الإسرائيلي"; the model's spans are simulated here (the trained model is another issue's)
    Doc doc = Doc.of(TEXTS.get("AL-internationalNews-931-20180415"));
    List<Mention> ms = finder.find(doc, List.of(
        span(doc, "جلعاد أردان", MentionType.PER),
        span(doc, "الجيش الإسرائيلي", MentionType.ORG)));
    assertThat(first(ms, "جلعاد أردان")).extracting(Mention::type, Mention::entity, Mention::label)
        .containsExactly(MentionType.PER, null, null);
    // a conjunction on a model's name stays outside it, a name that begins with و keeps it (constructed
    // sentence with the names of AL-internationalNews-931-20180415 and BB-middleEast-538-20180526)
    Doc doc2 = Doc.of("وقال جلعاد أردان ونفتالي بينيت إن إسرائيل ستواصل التحرك، وقال وليد المعلم إن سوريا سترد.");
    List<Mention> ms2 = finder.find(doc2, List.of(span(doc2, "ونفتالي بينيت", MentionType.PER), span(doc2, "وليد المعلم", MentionType.PER)));
    assertThat(ms2).extracting(Mention::text).contains("نفتالي بينيت", "وليد المعلم");
    // where the model and the catalogue agree on a span, the catalogue's link is kept
    assertThat(first(ms, "الجيش الإسرائيلي")).extracting(Mention::type, Mention::entity)
        .containsExactly(MentionType.ORG, "israel.army");
  }

  @Test
  void taggerSpanOverAFamilyNameIsLinked() {
    // FR-middleEast-901-20180809: "وأبلغ غوتيريش خياره" after "أنطونيو غوتيريش"; a model span "وأبلغ غوتيريش"
    // would be wrong, but one over "غوتيريش" alone links like the catalogue match
    Doc doc = Doc.of(TEXTS.get("FR-middleEast-901-20180809"));
    int at = doc.text().indexOf("وأبلغ غوتيريش") + "وأبلغ ".length();
    int tok = doc.tokens().tokenAt(at);
    List<Mention> ms = finder.find(doc, List.of(new NameSpan(tok, tok + 1, MentionType.PER, 0.8)));
    assertThat(ms).filteredOn(m -> m.start() == at).singleElement()
        .extracting(Mention::text, Mention::entity).containsExactly("غوتيريش", "person.antonio-guterres");
  }

  @Test
  void outletsAndOrganisationsAreLinked() {
    // BB-internationalNews-1044-20180904: "... آخر معقل للمعارضة المسلحة شمال البلاد"; "ستافان دي ميستورا، المبعوث الأممي إلى سوريا"
    List<Mention> ms = mentions("BB-internationalNews-1044-20180904");
    assertThat(first(ms, "ستافان دي ميستورا").entity()).isEqualTo("person.staffan-de-mistura");
    assertThat(first(ms, "دي ميستورا").entity()).isEqualTo("person.staffan-de-mistura");
    // "ونشرت وكالة أنباء رويترز تصريحات": the longest alias wins
    assertThat(first(ms, "وكالة أنباء رويترز")).extracting(Mention::type, Mention::entity, Mention::label)
        .containsExactly(MentionType.ORG, "reuters", "رويترز");
    // "للمعارضة المسلحة": the fused لل stays outside the span
    assertThat(first(ms, "معارضة المسلحة").entity()).isEqualTo("syria.opposition.armed");
  }
}
