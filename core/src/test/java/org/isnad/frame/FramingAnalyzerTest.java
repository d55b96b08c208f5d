package org.isnad.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.Framing;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.text.Doc;
import org.junit.jupiter.api.Test;

/**
 * ANT has no pro-government outlet, so three outlets are built from real ANT sentences (listed with
 * their article ids in {@code /link/framing-sentences.tsv}): one of sentences quoting Syrian state media
 * and Russian statements ("الإرهابيين", "إرهابيي جيش الإسلام", "الجيش العربي السوري", "المسلحين"), one of
 * sentences quoting the opposition or using its terms ("الثوار", "قوات النظام", "نظام الأسد"), one of
 * wire wording ("القوات الحكومية").
 */
class FramingAnalyzerTest {
  private final FramingAnalyzer framing = FramingAnalyzer.load();

  private record Row(String id, String voice, String sentence) {}

  private static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        FramingAnalyzerTest.class.getResourceAsStream("/link/framing-sentences.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] c = line.split("\t");
        out.add(new Row(c[0], c[1], c[2]));
      }
    }
    return out;
  }

  @Test
  void seedTermsAreCountedFromTheTextWhenNoMentionsAreGiven() {
    String s = "وأضاف بيان سانا أن \"إرهابيي جيش الإسلام في حالة انهيار، بينما تروج أجهزتهم الإعلامية اتهامات مفبركة، "
        + "في محاولة واضحة وفاشلة للحيلولة دون تقدم الجيش العربي السوري.\"";
    assertThat(framing.labels(Doc.of(s).tokens(), List.of())).isEqualTo(Map.of(
        "syria.opposition.armed", Map.of("إرهابيي", 1),
        "syria.government", Map.of("الجيش العربي السوري", 1)));
  }

  @Test
  void descriptorMentionsAreLabelsOfTheirEntity() {
    String s = "ويقول نشطاء إن قوات النظام تبعد 3 كيلومتر فقط عن دوما.";
    int at = s.indexOf("قوات النظام");
    List<Mention> m = List.of(new Mention(at, at + "قوات النظام".length(), "قوات النظام", MentionType.DESC,
        "syria.government", "الحكومة السورية"));
    assertThat(framing.labels(Doc.of(s).tokens(), m)).isEqualTo(Map.of("syria.government", Map.of("قوات النظام", 1)));
  }

  @Test
  void outletsOfKnownAlignmentLandOnTheirSideOfTheAxis() throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    List<Map<String, Map<String, Integer>>> labels = new ArrayList<>();
    for (Row r : rows()) {
      ids.add(r.id());
      outlets.add(r.voice());
      labels.add(framing.labels(Doc.of(r.sentence()).tokens(), List.of()));
    }
    Framing f = framing.frame(ids, outlets, labels);
    double gov = f.outlets().get("gov-voice").axis();
    double neutral = f.outlets().get("neutral-voice").axis();
    double opp = f.outlets().get("opp-voice").axis();
    assertThat(gov).isGreaterThan(neutral);
    assertThat(neutral).isGreaterThan(opp);
    assertThat(gov).isPositive();
    assertThat(opp).isNegative();
    assertThat(neutral).isEqualTo(0.0);
    assertThat(f.outlets().get("gov-voice").drivers()).containsKeys("الإرهابيين", "الجيش العربي السوري");
    assertThat(f.outlets().get("opp-voice").drivers()).containsKeys("قوات النظام", "الثوار");
    assertThat(f.outlets().get("opp-voice").labels().get("syria.government")).containsEntry("قوات النظام", 2);
    assertThat(f.method()).contains("Monroe");
  }
}
