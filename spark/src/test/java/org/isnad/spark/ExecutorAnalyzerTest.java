package org.isnad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;
import org.junit.jupiter.api.Test;

/** The per-article half on an executor, on the bundled example's first article (BBC, BB-middleEast-272-20180401). */
class ExecutorAnalyzerTest {
  private static Document first() {
    List<RawDocument> docs = InputReader.readAll(List.of(Path.of("../examples/douma-2018/douma-evacuation-2018.jsonl")),
        p -> {});
    return Document.of(docs.get(0));
  }

  @Test
  void anArticleGivesItsLinesAndDigest() throws Exception {
    Analysed a = ExecutorAnalyzer.analyse(new Position(0, 0, 0), first(), Duration.ofSeconds(600), org.isnad.clean.SiteTemplate.NONE);
    assertThat(a.ok()).isTrue();
    assertThat(a.articles()).hasSize(1);
    assertThat(a.articles().get(0)).startsWith("{\"id\":\"BB-middleEast-272-20180401\",\"path\":\"../examples/douma-2018/douma-evacuation-2018.jsonl#1\"");
    assertThat(a.mentions()).isNotEmpty().allMatch(l -> l.startsWith("{\"article\":\"BB-middleEast-272-20180401\""));
    assertThat(org.isnad.io.DigestBytes.decode(a.digest()).id()).isEqualTo("BB-middleEast-272-20180401");
  }

  /** Past its budget an article is one problem line, as core's pipeline words it, and the task goes on. */
  @Test
  void anArticleOverItsBudgetIsAProblem() {
    Document d = first();
    Analysed a = ExecutorAnalyzer.analyse(new Position(0, 0, 0), d, Duration.ofNanos(1), org.isnad.clean.SiteTemplate.NONE);
    assertThat(a.ok()).isFalse();
    assertThat(a.problem()).isEqualTo("../examples/douma-2018/douma-evacuation-2018.jsonl#1: over the time budget "
        + "(0.000000001 s per article, " + String.format(java.util.Locale.ROOT, "%,d", d.body().length())
        + " characters); the articles after it are still analysed");
  }

  /** Core's push reader as an iterator: every record, in order, then the end. */
  @Test
  void pulledRecordsStreamInOrder() {
    List<Integer> got = new ArrayList<>();
    try (PulledRecords<Integer> r = new PulledRecords<>("test", sink -> {
      for (int i = 0; i < 1000; i++) sink.accept(i);
    })) {
      r.forEachRemaining(got::add);
    }
    assertThat(got).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
  }
}
