package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.isnad.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standoff name annotations read back against the news they point into. */
class AnnotatedNewsTest {
  // Al Arabiya, 2018-04-05 (ANT, AL-sport-1121-20180405): the Saudi football federation's ruling
  private static final String SENTENCE = "وأضافت: \"لجنة الانضباط والأخلاق: إيقاف لاعب فريق الأهلي حمدان الشمراني مباراتين رسميتين، "
      + "وإلزامه بدفع غرامة (20,000) ريال لقيامه بسلوك مشين بركل لاعب منافس دون كرة، أمام الفيصلي ضمن مسابقة كأس خادم الحرمين الشريفين\".";

  @Test
  void wordsSplitAtSpacesAndNameEdgesAndTaggedFromTheRanges(@TempDir Path dir) throws Exception {
    Path news = dir.resolve("news.jsonl");
    String text = "مقدمة.\n" + SENTENCE;
    Files.writeString(news, "{\"id\": \"a1\", \"text\": " + json(text) + "}\n", StandardCharsets.UTF_8);
    Path ann = dir.resolve("names.tsv");
    int start = text.indexOf("وأضافت");
    Files.writeString(ann, "# comment\na1\t" + start + "\t" + text.length() + "\t" + AnnotatedNews.crc(SENTENCE)
        + "\t49-55:ORG 56-70:PERS 170-177:ORG\n", StandardCharsets.UTF_8);

    List<ConllSentence> s = AnnotatedNews.readLabelled(ann, news);

    assertThat(s).hasSize(1);
    String[] w = s.get(0).words();
    assertThat(Arrays.asList(w).subList(6, 10)).containsExactly("فريق", "الأهلي", "حمدان", "الشمراني");
    assertThat(s.get(0).gold()).extracting(c -> String.join(" ", Arrays.asList(w).subList(c.start(), c.end())) + "/" + c.type())
        .containsExactly("الأهلي/2", "حمدان الشمراني/0", "الفيصلي/2");
  }

  @Test
  void aChangedSentenceOrAMissingArticleIsOneLineNamingTheRow(@TempDir Path dir) throws Exception {
    Path news = dir.resolve("news.jsonl");
    Files.writeString(news, "{\"id\": \"a1\", \"text\": " + json(SENTENCE) + "}\n", StandardCharsets.UTF_8);
    Path changed = dir.resolve("changed.tsv");
    Files.writeString(changed, "a1\t0\t20\t00000000\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AnnotatedNews.read(changed, news)).isInstanceOf(IOException.class)
        .hasMessage(changed + ":1: the sentence differs in news.jsonl (another version of the news?)");
    Path missing = dir.resolve("missing.tsv");
    Files.writeString(missing, "# header\nb2\t0\t20\t00000000\t\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AnnotatedNews.read(missing, news)).hasMessage(missing + ":2: article b2 is not in news.jsonl");
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "a1\t0\t20\t00000000\t3-2:PERS\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AnnotatedNews.read(bad, news)).hasMessage(bad + ":1: bad name 3-2:PERS");
    assertThatThrownBy(() -> AnnotatedNews.readLabelled(bad, null)).hasMessageContaining("--news");
  }

  @Test
  void theShippedAnnotationsReadAgainstAnt() throws Exception {
    Path ant = SharedData.require("news/ant-multisource-2018.jsonl.gz");
    List<ConllSentence> train = AnnotatedNews.read(path("ant-names-train.tsv"), ant);
    List<ConllSentence> dev = AnnotatedNews.read(path("ant-names-dev.tsv"), ant);
    assertThat(train).hasSize(800);
    assertThat(dev).hasSize(160);
    // the second training row is the sentence above
    assertThat(String.join(" ", train.get(1).words())).isEqualTo(SENTENCE.replace("\n", " "));
    assertThat(train.get(1).gold()).extracting(ConllSentence.Chunk::type).containsExactly(2, 0, 2);
  }

  private static Path path(String name) throws Exception {
    return Path.of(AnnotatedNewsTest.class.getResource(NameModel.RESOURCE_DIR + name).toURI());
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
