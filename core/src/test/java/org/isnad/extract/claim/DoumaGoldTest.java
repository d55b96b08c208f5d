package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.ArticleAnalyzer;
import org.isnad.clean.ArticleCleaner;
import org.isnad.extract.ClaimExtractor;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.QuantityReader;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Claim;
import org.isnad.model.Ref;
import org.isnad.read.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the whole per-article pipeline (mentions, counts, claims) against hand judgments on the 18 real
 * articles of {@code examples/douma-2018} (ANT v2.1, Apache-2.0): {@code /claim/douma-gold.jsonl} holds one
 * line per claim a reader expects (article id, the start of the sentence, PLOVER type, actor and target as
 * {@code {text, entity}}, a note), or a line with type {@code null} for a sentence that reports no new event.
 *
 * <p>A role is right when the gold role names an entity and the claim's role carries it, or (without an
 * entity) when the texts are equal up to quotation marks; null matches null. The counts are asserted
 * exactly so that a change shows up as a changed number: raise them when the extractor improves.
 * Measured before this test existed (commit 512ac08): type 15/39, actor 8, target 6, spurious 3.
 */
class DoumaGoldTest {
  private static final Path EXAMPLE = Path.of("../examples/douma-2018/douma-evacuation-2018.jsonl");
  /** Claims of the lexicon rules alone (the fallback reader), whose behaviours the pinned tests below hold. */
  private static final Map<String, List<Claim>> CLAIMS = new HashMap<>();
  /** Claims of the shipped pipeline, the learned reader (scored by {@link #scoresOnTheDoumaExample}). */
  private static final Map<String, List<Claim>> LEARNED = new HashMap<>();
  private static final Map<String, String> TEXTS = new HashMap<>();
  private static final List<JsonNode> GOLD = new ArrayList<>();

  @BeforeAll
  static void analyse() throws IOException {
    // one name finder for both readers: the two analyzers differ only in their claim extractor
    MentionFinder mentions = MentionFinder.load();
    ArticleCleaner cleaner = ArticleCleaner.load();
    ClaimExtractor claims = ClaimExtractor.load().withPlaces(mentions::place);
    ArticleAnalyzer analyzer = new ArticleAnalyzer(cleaner, mentions, QuantityReader.load(), claims);
    ArticleAnalyzer rules = new ArticleAnalyzer(cleaner, mentions, QuantityReader.load(), claims.withTagger(null));
    InputReader.read(List.of(EXAMPLE), raw -> {
      AnalyzedArticle a = rules.analyze(raw);
      if (a == null) return;
      CLAIMS.put(a.article().id(), a.claims());
      LEARNED.put(a.article().id(), analyzer.analyze(raw).claims());
      TEXTS.put(a.article().id(), a.article().text());
    }, p -> { throw new AssertionError("unreadable example: " + p); });
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = DoumaGoldTest.class.getResourceAsStream("/claim/douma-gold.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) GOLD.add(json.readTree(line));
      }
    }
  }

  private static String bare(String s) {
    return s.replaceAll("[«»\"“”]", "").strip();
  }

  private static boolean same(JsonNode gold, Ref got) {
    if (gold == null || gold.isNull()) return got == null;
    if (got == null) return false;
    String entity = gold.path("entity").isNull() ? null : gold.path("entity").asText(null);
    if (entity != null) return entity.equals(got.entity());
    return bare(gold.path("text").asText()).equals(bare(got.text()));
  }

  private static List<Claim> on(String article, String sentence) {
    return on(CLAIMS, article, sentence);
  }

  private static List<Claim> on(Map<String, List<Claim>> claims, String article, String sentence) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims.getOrDefault(article, List.of())) if (c.sentence().contains(sentence)) out.add(c);
    return out;
  }

  @Test
  void everyGoldSentenceIsInItsArticle() {
    assertThat(CLAIMS).hasSize(18);
    assertThat(GOLD).hasSize(40);
    for (JsonNode g : GOLD) assertThat(TEXTS.get(g.path("article").asText())).contains(g.path("sentence").asText());
  }

  /**
   * {expected, type right, actor right, target right, spurious} over the gold sentences, and the number of
   * STATEMENT claims in them: the gold predates STATEMENT claims (a reported statement with no event), so
   * they are counted apart rather than as spurious.
   */
  private static int[] score(Map<String, List<Claim>> claims) {
    int expected = 0;
    int type = 0;
    int actor = 0;
    int target = 0;
    Map<String, Set<String>> typesOf = new HashMap<>();
    for (JsonNode g : GOLD) {
      String key = g.path("article").asText() + "|" + g.path("sentence").asText();
      typesOf.computeIfAbsent(key, k -> new HashSet<>()).add(g.path("type").isNull() ? null : g.path("type").asText());
      if (g.path("type").isNull()) continue;
      expected++;
      Claim hit = null;
      for (Claim c : on(claims, g.path("article").asText(), g.path("sentence").asText())) {
        if (c.type().equals(g.path("type").asText())) {
          hit = c;
          break;
        }
      }
      if (hit == null) continue;
      type++;
      if (same(g.get("actor"), hit.actor())) actor++;
      if (same(g.get("target"), hit.target())) target++;
    }
    int spurious = 0;
    int statements = 0;
    for (Map.Entry<String, Set<String>> e : typesOf.entrySet()) {
      String[] k = e.getKey().split("\\|", 2);
      for (Claim c : on(claims, k[0], k[1])) {
        if (c.type().equals("STATEMENT")) statements++;
        else if (!e.getValue().contains(c.type())) spurious++;
      }
    }
    return new int[] {expected, type, actor, target, spurious, statements};
  }

  @Test
  void scoresOnTheDoumaExample() {
    // the rules were written on this example; the learned reader never saw it, and reads it worse
    // (issue 14 asks for no loss here: not met; on held-out ANT sentences the learned reader is ahead)
    assertThat(score(CLAIMS)).containsExactly(39, 36, 30, 32, 0, 0);
    // the model of 2026-12-04: actor 26 → 30 (the evacuated fighters as RETREAT's actor), target 19 → 23
    // ("ونفت روسيا ودمشق استخدام …" split into actor and target), claims of an unlisted type 18 → 14; type
    // 35 as before (COERCE and one RETREAT gained; "تم إجلاء" now AID, "خرجت أول مجموعة" a STATEMENT)
    assertThat(score(LEARNED)).containsExactly(39, 35, 30, 23, 14, 2);
  }

  /** Type, actor and target of a claim: what the tests below pin down. */
  record Roles(String type, Ref actor, Ref target) {}

  private static List<Roles> roles(String article, String sentence) {
    List<Roles> out = new ArrayList<>();
    for (Claim c : on(article, sentence)) out.add(new Roles(c.type(), c.actor(), c.target()));
    return out;
  }

  private static Ref ref(String text, String entity) {
    return new Ref(text, entity);
  }

  @Test
  void anAgreementGovernsTheVerbalNounsInsideIt() {
    // "التوصل إلى الاتفاق بشأن إجلاء الجرحى": AGREE, not ASSAULT (the wounded are the deal's subject)
    assertThat(roles("BB-middleEast-272-20180401", "أفادت التقارير الواردة من سوريا بأنه قد جرى التوصل"))
        .containsExactly(new Roles("AGREE", null, null));
    // "تم التوصل إلى اتفاق يقضي بخروج إرهابيي جيش الإسلام": the departure is agreed, not reported
    assertThat(roles("CN-middleEast-450-20180401", "ولفت تقرير الوكالة إلى أنه تم"))
        .containsExactly(new Roles("AGREE", null, null));
    assertThat(roles("SK-middleEast-716-20180401", "وتوصلت لجنة تفاوضية"))
        .containsExactly(new Roles("AGREE", ref("لجنة تفاوضية", null), null));
    // "أبرم اتفاقا مع "جيش الإسلام" لخروج مقاتليه": "مع" names the other party, cut before "لخروج"
    assertThat(roles("SK-middleEast-857-20180408", "وكان الميجور جنرال يوري"))
        .containsExactly(new Roles("AGREE", ref("الجيش الروسي", "russia.army"), ref("جيش الإسلام", "jaysh-al-islam")));
  }

  @Test
  void evacuationsAndDeparturesAreRetreats() {
    assertThat(roles("FR-middleEast-211-20180402", "وتم حتى الأحد إجلاء"))
        .containsExactly(new Roles("RETREAT", ref("أكثر من 46 ألف شخص", null), null));
    assertThat(roles("SK-middleEast-774-20180404", "وأشار إلى أنه تم إجلاء"))
        .containsExactly(new Roles("RETREAT", ref("1100 من عناصر المعارضة المسلحة", "syria.opposition.armed"), null));
    // "أن أكثر من 50 ألف شخص غادروا مدينة دوما": a plural verb follows its subject; Douma is what they left
    assertThat(roles("SK-middleEast-774-20180404", "أعلنت الأمم المتحدة، الأربعاء"))
        .containsExactly(new Roles("RETREAT", ref("أكثر من 50 ألف شخص", null), null));
  }

  @Test
  void theAntecedentOfARelativeClauseIsItsSubject() {
    // "ولا تزال المفاوضات جارية ... تجنيب الدوما هجوما من جانب الجيش السوري الذي يحاصر المدينة": talks under
    // way ("لا تزال" is no negation), and the army that besieges the city
    assertThat(roles("BB-middleEast-272-20180401", "ولا تزال المفاوضات جارية"))
        .containsExactly(new Roles("CONSULT", null, null),
            new Roles("COERCE", ref("الجيش السوري", "syria.government"), ref("المدينة", null)));
    // "الأمر الذي نفته دمشق": the pronoun on the verb makes the antecedent its object
    assertThat(roles("FR-middleEast-227-20180408", "ويأتي الإعلان إثر تعثر"))
        .containsExactly(new Roles("REJECT", ref("دمشق", "place.damascus"), ref("الأمر", null)));
    // "مسلحي جيش الإسلام هم الذين طلبوا التفاوض"
    assertThat(roles("BB-middleEast-310-20180408", "وقالت الوكالة نقلا عن مصدر رسمي سوري"))
        .containsExactly(new Roles("REQUEST", ref("مسلحي جيش الإسلام", "jaysh-al-islam"), null));
  }

  @Test
  void aCountedTargetIsTakenWhole() {
    assertThat(roles("BB-middleEast-272-20180401", "وأدت العملية العسكرية في الغوطة الشرقية إلى مقتل"))
        .containsExactly(new Roles("ASSAULT", null, ref("أكثر من 1600 شخص", null)));
  }

  @Test
  void rolesCarryTheirMentions() {
    // a name after a title joins the actor; the target starts after it
    assertThat(roles("FR-middleEast-227-20180408", "وتوعد الرئيس الأمريكي"))
        .containsExactly(new Roles("THREATEN", ref("الرئيس الأمريكي دونالد ترامب", "person.donald-trump"),
            ref("المسؤولين", null)));
    // an ordinal takes its genitive, and the group's fighters are the group
    assertThat(roles("BB-middleEast-277-20180402", "خرجت أول مجموعة من مسلحي جيش الإسلام"))
        .containsExactly(new Roles("RETREAT", ref("أول مجموعة من مسلحي جيش الإسلام", "jaysh-al-islam"), null));
    // residents of Douma are not Douma: a place names the role only when the phrase starts with it
    assertThat(roles("CN-middleEast-444-20180401", "وأضاف أبو صلاح بأنه"))
        .containsExactly(new Roles("REJECT", ref("سكان دوما", null), ref("الرحيل القسري", null)));
    // a count is taken whole, but never over the verb it is the subject of
    assertThat(roles("FR-middleEast-214-20180406", "وأضاف \"تبين أنه"))
        .containsExactly(new Roles("REJECT", ref("أكثر من أربعة آلاف", null), ref("الخروج", null)));
    // what is refused is the target, even when it is an event noun itself
    assertThat(roles("FR-middleEast-214-20180406", "آلاف المقاتلين يرفضون المغادرة"))
        .containsExactly(new Roles("REJECT", ref("آلاف المقاتلين", null), ref("المغادرة", null)));
  }

  @Test
  void sourcesAfterVerbalPrepositionsLoseTheirLam() {
    // "وفقا لوكالة أنترفاكس", "وفقا لما نقلته وكالة الأنباء السورية الرسمية"
    assertThat(on("FR-middleEast-211-20180402", "ويأتي بدء خروج الحافلات")).extracting(c -> c.source().text())
        .containsExactly("وكالة أنترفاكس");
    assertThat(on("CN-middleEast-522-20180408", "دبي، الإمارات العربية المتحدة (CNN)— كشف"))
        .extracting(c -> c.type() + " " + c.source().text())
        .containsExactly("AGREE وكالة الأنباء السورية الرسمية");
  }
}
