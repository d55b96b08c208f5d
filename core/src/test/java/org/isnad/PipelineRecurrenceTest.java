package org.isnad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.isnad.clean.ArticleCleaner;
import org.isnad.clean.SiteTemplate;
import org.isnad.model.RawDocument;
import org.isnad.read.InputProblem;
import org.isnad.read.InputReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad analyze} cleans each article with the run's line recurrence (issue 18): a line the host's other pages
 * of the run repeat is its template. Three CNN Arabic articles of ANT ({@code ../shared/data/news/
 * ant-multisource-2018.jsonl.gz}: CN-economy-33-20180224, CN-economy-39-20180303, CN-economy-42-20180306, three job-
 * market pieces) each open with "نشر هذا المقال بالتعاون مع موقع التوظيف الإلكتروني بيت.كوم", a partner credit no
 * single page shows to be furniture: cleaned alone, it stays; in one run of the three, it goes, and every article's
 * own first sentence stays.
 */
class PipelineRecurrenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> IDS = List.of("CN-economy-33-20180224", "CN-economy-39-20180303", "CN-economy-42-20180306");
  private static final String CREDIT = "نشر هذا المقال بالتعاون مع موقع التوظيف الإلكتروني بيت.كوم";

  @Test
  void aLineOnEveryPageOfTheHostIsDroppedAndTheArticlesSentencesKept(@TempDir Path dir) throws Exception {
    Path ant = SharedData.require("news/ant-multisource-2018.jsonl.gz");
    Map<String, String> records = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ant)),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null && records.size() < IDS.size(); line = r.readLine()) {
        String id = JSON.readTree(line).path("id").asText();
        if (IDS.contains(id)) records.put(id, line);
      }
    }
    List<String> lines = new ArrayList<>();
    for (String id : IDS) lines.add(records.get(id));
    Path in = Files.write(dir.resolve("cnn.jsonl"), lines, StandardCharsets.UTF_8);
    List<RawDocument> raws = InputReader.readAll(List.of(in), p -> { });
    Map<String, String> firstSentence = new HashMap<>();
    ArticleCleaner cleaner = ArticleCleaner.load();
    for (RawDocument raw : raws) {
      assertThat(raw.body()).contains(CREDIT);
      // the credit is the first line; the article's first sentence, its dateline "دبي، الإمارات العربية المتحدة (CNN)--", the next
      String[] body = raw.body().split("\n");
      assertThat(body[0].strip()).isEqualTo(CREDIT);
      firstSentence.put(raw.id(), body[1].strip());
      // alone, the credit is one unremarkable line
      assertThat(cleaner.clean(raw).text()).contains(CREDIT);
    }

    // the first pass counts the credit on all three pages of arabic.cnn.com, by hash
    SiteTemplate run = Pipeline.recurrence(List.of(in));
    assertThat(run.contains("arabic.cnn.com", CREDIT)).isTrue();
    assertThat(run.contains("arabic.cnn.com", firstSentence.get(IDS.get(0)))).isFalse();
    assertThat(run.contains("bbc.co.uk", CREDIT)).isFalse();

    List<InputProblem> problems = new ArrayList<>();
    new Pipeline(ArticleAnalyzer.load(), 2).run(List.of(in), dir.resolve("out"), problems::add, n -> { });
    assertThat(problems).isEmpty();
    List<String> written = Files.readAllLines(dir.resolve("out/articles.jsonl"), StandardCharsets.UTF_8);
    assertThat(written).hasSize(3);
    for (String line : written) {
      JsonNode a = JSON.readTree(line);
      String text = a.get("text").asText();
      assertThat(text).as(a.get("id").asText()).doesNotContain(CREDIT).startsWith(firstSentence.get(a.get("id").asText()));
      List<String> removed = new ArrayList<>();
      a.get("removed").forEach(n -> removed.add(n.asText()));
      assertThat(removed).contains(CREDIT);
    }
  }
}
