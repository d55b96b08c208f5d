package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.isnad.io.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume}: a run killed with SIGKILL after its first checkpoint goes on from it and writes, byte for
 * byte, the data set of a run that was never interrupted; a resume with other inputs, or with nothing to
 * resume, is refused in one line. On 160 articles of ANT (../shared/data/news, ODC-BY), 40 a batch.
 */
class ResumeTest {
  static final Path ANT = Path.of("../../shared/data/news/ant-multisource-2018.jsonl.gz").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The first {@code n} records of ANT that have text, as a JSON Lines file. */
  static Path antSample(Path dir, int n) throws Exception {
    assumeTrue(Files.exists(ANT), "skipped: ../shared/data/news/ant-multisource-2018.jsonl.gz is not beside this clone");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ANT)),
        StandardCharsets.UTF_8))) {
      for (String line; lines.size() < n && (line = r.readLine()) != null; ) {
        JsonNode j = JSON.readTree(line);
        if (j.hasNonNull("text") && !j.get("text").asText().isBlank()) lines.add(line);
      }
    }
    return Files.write(dir.resolve("ant.jsonl"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void aKilledRunResumedWritesWhatAnUninterruptedRunWrites(@TempDir Path dir) throws Exception {
    Path in = antSample(dir, 160);
    String[] options = {"analyze", "--no-index", "--threads", "2", "--batch", "40"}; // the index is not byte-stable
    Path ref = dir.resolve("ref");
    DataSetSurvivalTest.Run whole = DataSetSurvivalTest.inProcess(args(options, "--out", ref.toString(), in.toString()));
    assertThat(whole.code()).as(whole.err()).isZero();

    Path out = dir.resolve("out");
    Path err = dir.resolve("stderr");
    Process p = DataSetSurvivalTest.child("", err, args(options, "--out", out.toString(), in.toString())).start();
    // kill once the first checkpoint is down and more has been written after it (the resume must cut that off)
    Path partial = dir.resolve(".out.partial");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    Checkpoint c = null;
    while (p.isAlive() && System.nanoTime() < deadline) {
      c = Files.exists(partial.resolve(Checkpoint.FILE)) ? Checkpoint.read(partial) : null;
      if (c != null && Files.size(partial.resolve("articles.jsonl")) > c.bytes().get("articles.jsonl")) break;
      Thread.sleep(10);
    }
    assertThat(p.isAlive()).as("the run was still going after its first checkpoint").isTrue();
    p.destroyForcibly(); // SIGKILL
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(137);
    assertThat(out).doesNotExist();
    Checkpoint last = Checkpoint.read(partial);
    assertThat(last.batch()).isPositive();
    assertThat(last.articles()).isEqualTo(40 * last.batch());
    assertThat(last.position()).isEqualTo(in + "#" + last.items());

    // other inputs: refused, and the checkpoint stays for a resume with the right ones
    Path other = Files.writeString(dir.resolve("one.txt"), "قتل 5 مدنيين في قصف على دوما.\n", StandardCharsets.UTF_8);
    DataSetSurvivalTest.Run refused = DataSetSurvivalTest.inProcess(
        args(options, "--resume", "--out", out.toString(), in.toString(), other.toString()));
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.lines()).containsExactly("isnad analyze: cannot resume: the inputs are not those of the "
        + "interrupted run (files, sizes or modification times differ); run without --resume to start over");
    assertThat(Checkpoint.read(partial)).isEqualTo(last);

    DataSetSurvivalTest.Run resumed = DataSetSurvivalTest.inProcess(
        args(options, "--resume", "--out", out.toString(), in.toString()));
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.lines().get(0)).isEqualTo(String.format(java.util.Locale.ROOT,
        "isnad: resuming after batch %d: %d articles written, input read up to %s#%d", last.batch(), last.articles(), in,
        last.items()));
    assertThat(resumed.lines().get(resumed.lines().size() - 1)).startsWith("isnad: 160 articles analysed of 160 read from 1 file; 0 skipped in ");
    Map<String, String> expected = DataSetSurvivalTest.digest(ref);
    assertThat(expected).containsKeys("articles.jsonl", "claims.jsonl", "events.jsonl", "framing.json", "report.html");
    assertThat(DataSetSurvivalTest.digest(out)).isEqualTo(expected);
    assertThat(DataSetSurvivalTest.names(dir)).containsExactly("ant.jsonl", "one.txt", "out", "ref", "stderr");
    DataSetSurvivalTest.assertValid(out, 160);
  }

  @Test
  void nothingToResumeIsOneLine(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("fresh");
    Path in = Files.writeString(dir.resolve("one.txt"), "قتل 5 مدنيين في قصف على دوما.\n", StandardCharsets.UTF_8);
    DataSetSurvivalTest.Run r = DataSetSurvivalTest.inProcess("analyze", "--resume", "--out", out.toString(), in.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).containsExactly("isnad analyze: nothing to resume: no checkpoint in " + dir.resolve(".fresh.partial")
        + "; run without --resume");
    assertThat(DataSetSurvivalTest.names(dir)).containsExactly("one.txt");
  }

  private static String[] args(String[] options, String... more) {
    List<String> all = new ArrayList<>(List.of(options));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
