package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case 4: one record of a few MB (real ANT articles one after another, 3 million characters)
 * that runs past {@code --article-budget} is skipped with one line and the articles after it are still
 * analysed and written. In a child JVM, whose exit ends the abandoned analysis. Such a record once took
 * minutes; analysis is now linear in an article's length, so how long it takes depends on the machine, and
 * the child is told to stall on it ({@code -Disnad.test.stallOn}) instead: the test does not depend on speed.
 */
class ArticleBudgetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anArticleOverItsTimeBudgetIsSkippedAndTheNextOnesAreWritten(@TempDir Path dir) throws Exception {
    List<String> ant = Files.readAllLines(ResumeTest.antSample(dir, 60));
    List<String> lines = new ArrayList<>(ant.subList(0, 2));
    StringBuilder huge = new StringBuilder();
    for (int i = 10; huge.length() < 3_000_000; i = i + 1 < ant.size() ? i + 1 : 10) {
      huge.append(JSON.readTree(ant.get(i)).get("text").asText()).append('\n');
    }
    ObjectNode big = JSON.createObjectNode().put("id", "huge").put("outlet", "ANT").put("text", huge.toString());
    lines.add(JSON.writeValueAsString(big));
    lines.addAll(ant.subList(2, 4));
    Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Path err = dir.resolve("stderr");
    // a news article takes well under a second even on a loaded machine; this one never ends
    Process p = DataSetSurvivalTest.child("JAVA_TOOL_OPTIONS=-Disnad.test.stallOn=huge", err, "analyze", "--no-index", "--threads", "1", "--article-budget", "5",
        "--out", out.toString(), in.toString()).start();
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    List<String> stderr = Files.readAllLines(err);
    assertThat(p.exitValue()).as(String.join("\n", stderr)).isZero();
    assertThat(stderr).contains(String.format(Locale.ROOT, "isnad: skipped %s#3: over the time budget (5 s per article, "
        + "%,d characters); the articles after it are still analysed", in, huge.length()));
    assertThat(stderr.get(stderr.size() - 1))
        .startsWith("isnad: 4 articles analysed of 5 read from 1 file; 1 skipped (1 over the time budget) in ");
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) ids.add(JSON.readTree(line).get("id").asText());
    List<String> expected = new ArrayList<>();
    for (int i : new int[] {0, 1, 2, 3}) expected.add(JSON.readTree(ant.get(i)).get("id").asText());
    assertThat(ids).containsExactlyElementsOf(expected);
  }
}
