package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --article-budget} on the command line. What the budget does (an article past it skipped with one line,
 * the articles after it written in order) is {@code org.isnad.PipelineBudgetTest}'s, with an article that never
 * ends, so that no test depends on how fast real text is analysed; here only that a budget which would skip
 * every article is refused in one line before anything is read or written.
 */
class ArticleBudgetTest {
  @Test
  void aBudgetOfNoTimeIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"نص\"}\n");
    Path out = dir.resolve("out");
    Path err = dir.resolve("stderr");
    Process p = DataSetSurvivalTest.child("", err, "analyze", "--no-index", "--article-budget", "0",
        "--out", out.toString(), in.toString()).start();
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(Files.readAllLines(err)).isEqualTo(List.of("isnad analyze: --article-budget must be more than 0 seconds"));
    assertThat(out).doesNotExist();
  }
}
