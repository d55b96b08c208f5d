package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.isnad.io.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous data set survives every way a run can end badly: nothing readable, a full disk, kill -9.
 * The full disk and the kill happen to a child JVM (a file-size limit, SIGKILL), so that they are real.
 */
class DataSetSurvivalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
  private static final Path VALIDATOR = Path.of("../../shared/tools/validate_dataset.py").toAbsolutePath().normalize();

  /** Runs {@code isnad args} in this JVM; returns the exit code and what went to stderr. */
  record Run(int code, String err) {
    List<String> lines() {
      return err.lines().toList();
    }
  }

  static Run inProcess(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = IsnadCli.run(args);
      return new Run(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  /** {@code isnad args} in a child JVM on this test's class path, started through bash with {@code shellPrefix}. */
  static ProcessBuilder child(String shellPrefix, Path stderr, String... args) {
    return child(shellPrefix, "", stderr, args);
  }

  /** As {@link #child(String, Path, String...)}, the JVM started by {@code wrapper} (such as setpriv). */
  static ProcessBuilder child(String shellPrefix, String wrapper, Path stderr, String... args) {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of("bash", "-c",
        shellPrefix + " exec " + wrapper + " \"$0\" -Xmx1g -Dfile.encoding=UTF-8 -cp \"$1\" org.isnad.app.IsnadCli \"${@:2}\"",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), cp));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  /** Every file under {@code dir} with its SHA-256: equal maps mean an untouched data set. */
  static Map<String, String> digest(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A small previous data set: one article. */
  static Path previous(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "قتل 5 مدنيين في قصف على دوما.\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    assertThat(inProcess("analyze", "--out", out.toString(), in.toString()).code()).isZero();
    return out;
  }

  static void assertValid(Path out, int articles) throws Exception {
    if (!Files.exists(VALIDATOR) || !python()) {
      System.err.println("DataSetSurvivalTest: validator check skipped: python3 or ../shared/tools/validate_dataset.py missing");
      return;
    }
    Process p = new ProcessBuilder("python3", VALIDATOR.toString(), out.toString()).redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(report).isZero();
    assertThat(report).contains(articles + " articles; 0 problems");
  }

  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void aRunThatReadsNothingWritesNothing(@TempDir Path dir) throws Exception {
    Path out = previous(dir);
    Map<String, String> before = digest(out);
    Path missing = dir.resolve("no-such-dir");
    Run r = inProcess("analyze", "--out", out.toString(), missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).containsExactly(
        "isnad: recurring lines ...",
        "isnad: skipped " + missing + ": no such file or directory",
        "isnad: linking ...",
        "isnad analyze: no readable input (1 skipped); nothing written, " + out + " left as it was");
    assertThat(digest(out)).isEqualTo(before);
    assertThat(names(dir)).containsExactly("in", "out");
  }

  @Test
  void aFolderThatIsNotADataSetIsNeverReplaced(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("home"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Run r = inProcess("analyze", "--out", out.toString(), EXAMPLES.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).containsExactly("isnad analyze: cannot write the data set: " + out
        + ": holds notes.txt, which is not part of an Isnad data set; give a new or empty --out");
    assertThat(names(out)).containsExactly("notes.txt");
    assertThat(names(dir)).containsExactly("home");
  }

  @Test
  void theRootIsNeverADataSet() {
    Run r = inProcess("analyze", "--out", "/", EXAMPLES.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).containsExactly("isnad analyze: /: a data set is built beside its folder, so it cannot be the root");
  }

  @Test
  void aFullDiskIsOneLineAndKeepsThePreviousDataSet(@TempDir Path dir) throws Exception {
    Path out = previous(dir);
    Map<String, String> before = digest(out);
    Path err = dir.resolve("stderr");
    // a 200 KB file-size limit: a data file or report.html (about 350 KB for the example) cannot be written (EFBIG)
    Process p = child("ulimit -f 200;", err, "analyze", "--out", out.toString(), EXAMPLES.toString()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(err);
    assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
    // progress lines up to the file that hit the limit, then the one line of the failure
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("isnad analyze: cannot write the data set: File too large; " + out + " left as it was");
    assertThat(lines.subList(0, lines.size() - 1)).isSubsetOf("isnad: recurring lines ...", "isnad: linking ...", "isnad: report ...",
        "isnad: index ...");
    assertThat(digest(out)).isEqualTo(before);
    assertThat(names(dir)).containsExactly("in", "out", "stderr");
  }

  @Test
  void aRunKilledMidWayKeepsThePreviousDataSet(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertThat(inProcess("analyze", "--out", out.toString(), EXAMPLES.toString()).code()).isZero();
    Map<String, String> before = digest(out);
    // 5,400 articles (the example's 18, 300 times over, as JSON Lines): a run of several seconds to interrupt
    Path big = dir.resolve("big.jsonl");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
      JsonNode a = JSON.readTree(line);
      for (int i = 0; i < 300; i++) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", a.get("id").asText() + "-" + i);
        r.set("outlet", a.get("outlet"));
        r.set("published", a.get("published"));
        r.set("title", a.get("title"));
        r.set("text", a.get("text"));
        lines.add(JSON.writeValueAsString(r));
      }
    }
    Files.write(big, lines);
    Path err = dir.resolve("stderr");
    Process p = child("", err, "analyze", "--out", out.toString(), big.toString()).start();
    // kill once the new run has written articles, wherever it writes them
    Path partial = dir.resolve(".out.partial/articles.jsonl");
    long previousSize = Files.size(out.resolve("articles.jsonl"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(partial) && Files.size(partial) > 0) && Files.size(out.resolve("articles.jsonl")) == previousSize
        && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("the run was still going when its first articles were written").isTrue();
    // a second writer meanwhile is refused, naming the lock and its owner
    Run second = inProcess("analyze", "--out", out.toString(), EXAMPLES.toString());
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.lines()).containsExactly("isnad analyze: out is being written by another run (process "
        + p.pid() + "; lock " + dir.resolve(".out.lock") + ")");
    p.destroyForcibly(); // SIGKILL
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(137);
    assertThat(digest(out)).isEqualTo(before);
    assertValid(out, 18);
    // the killed run left its lock (a dead PID) and its partial data set: the next run takes both over
    assertThat(Files.readString(dir.resolve(".out.lock")).strip()).isEqualTo(Long.toString(p.pid()));
    Path one = Files.writeString(dir.resolve("one.txt"), "قتل 5 مدنيين في قصف على دوما.\n", StandardCharsets.UTF_8);
    Run next = inProcess("analyze", "--out", out.toString(), one.toString());
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(1);
    assertThat(names(dir)).containsExactly("big.jsonl", "one.txt", "out", "stderr");
  }

  @Test
  void aSecondWriterIsRefusedWithOneLine(@TempDir Path dir) throws Exception {
    Path out = previous(dir);
    Map<String, String> before = digest(out);
    try (OutputLock held = OutputLock.acquire(out)) {
      Run r = inProcess("analyze", "--out", out.toString(), EXAMPLES.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.lines()).containsExactly("isnad analyze: out is being written by another run (process "
          + ProcessHandle.current().pid() + "; lock " + dir.resolve(".out.lock") + ")");
    }
    assertThat(digest(out)).isEqualTo(before);
    assertThat(names(dir)).containsExactly("in", "out");
  }
}
