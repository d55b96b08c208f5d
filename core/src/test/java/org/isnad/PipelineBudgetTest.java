package org.isnad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.RawDocument;
import org.isnad.read.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article past its time budget is skipped with one problem naming it, and the articles after it are still
 * analysed and written, in order. The pathological article is stood in by one that never ends until it is
 * interrupted, so the test does not depend on how fast real text is analysed (issue 17, case 4).
 */
class PipelineBudgetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLE = Path.of("../examples/douma-2018/douma-evacuation-2018.jsonl");

  @Test
  void anArticleThatNeverEndsIsSkippedAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
    List<String> douma = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8).subList(0, 4);
    List<String> lines = new ArrayList<>(douma.subList(0, 2));
    ObjectNode stall = JSON.createObjectNode().put("id", "stall").put("outlet", "ANT").put("text", "نص لا ينتهي تحليله.");
    lines.add(JSON.writeValueAsString(stall));
    lines.addAll(douma.subList(2, 4));
    Path in = Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);

    ArticleAnalyzer real = ArticleAnalyzer.load();
    CountDownLatch interrupted = new CountDownLatch(1);
    Pipeline pipeline = new Pipeline((RawDocument raw) -> {
      if (!raw.id().equals("stall")) return real.analyze(raw);
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      throw new CancellationException("interrupted");
    }, 1, Duration.ofSeconds(2));
    List<InputProblem> problems = new ArrayList<>();
    Pipeline.Summary s = pipeline.run(List.of(in), dir.resolve("out"), problems::add, n -> { });

    assertThat(problems).extracting(InputProblem::toString).containsExactly(in + "#3: over the time budget "
        + "(2 s per article, 19 characters); the articles after it are still analysed");
    assertThat(s.read()).isEqualTo(5);
    assertThat(s.articles()).isEqualTo(4);
    assertThat(s.skipped()).containsExactly(java.util.Map.entry("over the time budget", 1));
    List<String> written = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/articles.jsonl"))) written.add(JSON.readTree(line).get("id").asText());
    List<String> expected = new ArrayList<>();
    for (String line : douma) expected.add(JSON.readTree(line).get("id").asText());
    assertThat(written).containsExactlyElementsOf(expected);
    // the stalled worker was told to stop (its thread interrupted), not left running for ever
    assertThat(interrupted.await(60, TimeUnit.SECONDS)).isTrue();
  }
}
