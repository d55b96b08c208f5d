package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad analyze} end to end on the bundled example (examples/, from the ANT corpus; its README is not an article). */
class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final List<String> FILES = List.of("articles.jsonl", "mentions.jsonl", "quantities.jsonl",
      "claims.jsonl", "events.jsonl", "reuse.jsonl", "stories.jsonl", "framing.json", "report.html");

  private static int analyze(String... args) {
    return IsnadCli.run(args);
  }

  private static List<JsonNode> rows(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void writesEveryFileOfTheDataSetForTheExample(@TempDir Path out) throws IOException {
    assertThat(analyze("analyze", "--out", out.toString(), EXAMPLES.toString())).isZero();
    for (String f : FILES) assertThat(out.resolve(f)).exists();
    List<JsonNode> articles = rows(out.resolve("articles.jsonl"));
    assertThat(articles).hasSize(18);
    assertThat(articles.get(0).get("id").asText()).isEqualTo("BB-middleEast-272-20180401");
    assertThat(articles.get(0).get("published").asText()).isEqualTo("2018-04-01");
    // "أكثر من 1600 شخص" in BB-middleEast-272-20180401: a count with its noun, approximate
    JsonNode q = rows(out.resolve("quantities.jsonl")).stream()
        .filter(r -> r.get("article").asText().equals("BB-middleEast-272-20180401")).findFirst().orElseThrow();
    assertThat(q.get("value").asLong()).isEqualTo(1600);
    assertThat(q.get("counted").asText()).isEqualTo("شخص");
    assertThat(q.get("approx").asBoolean()).isTrue();
    String text = articles.get(0).get("text").asText();
    assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
  }

  @Test
  void outputPassesTheContractValidator(@TempDir Path out) throws Exception {
    Path validator = Path.of("../../shared/tools/validate_dataset.py").toAbsolutePath().normalize();
    assumeTrue(Files.exists(validator), "skipped: ../shared/tools/validate_dataset.py is not beside this clone");
    assertThat(analyze("analyze", "--out", out.toString(), EXAMPLES.toString())).isZero();
    Process p = new ProcessBuilder("python3", validator.toString(), out.toString()).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(report).isZero();
    assertThat(report).contains("18 articles; 0 problems");
  }

  @Test
  void unreadableInputsAreNamedAndTheOthersStillAnalysed(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "قتل 5 مدنيين في قصف على دوما.\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = analyze("analyze", "--out", dir.resolve("out").toString(), in.toString());
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isZero();
    assertThat(rows(dir.resolve("out/articles.jsonl"))).extracting(r -> r.get("id").asText()).containsExactly("good");
    assertThat(err.toString(StandardCharsets.UTF_8)).containsOnlyOnce("broken.jsonl.gz");
  }

  @Test
  void exitCodeIsNonZeroWhenNothingCouldBeRead(@TempDir Path dir) {
    assertThat(analyze("analyze", "--out", dir.resolve("out").toString(), dir.resolve("missing").toString())).isNotZero();
  }
}
