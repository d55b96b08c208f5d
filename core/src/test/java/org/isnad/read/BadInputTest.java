package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.read.InputReaderTest.BBC_1;
import static org.isnad.read.InputReaderTest.SKY_1;
import static org.isnad.read.InputReaderTest.SKY_2;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Bad inputs, generated here (no binary fixtures committed): each gives exactly one problem line naming
 * the file (and the record) and the reason, and every other input, and every other record of the same
 * file, is still delivered.
 */
class BadInputTest {
  @TempDir Path dir;

  final List<InputProblem> problems = new ArrayList<>();
  Path good;

  @BeforeEach
  void goodFile() throws IOException {
    good = Files.writeString(dir.resolve("good.txt"), SKY_1);
  }

  /** Reads {@code bad} between two good inputs; returns the ids delivered. */
  List<String> readWithGood(Path bad) {
    List<RawDocument> docs = InputReader.readAll(List.of(good, bad, good), problems::add);
    return docs.stream().map(RawDocument::id).toList();
  }

  void assertOneProblem(Path file, String reasonPart) {
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith(file.toString());
      assertThat(p.reason()).contains(reasonPart);
      assertThat(p.toString()).doesNotContain("\n");
    });
  }

  @Test
  void emptyFile() throws IOException {
    Path bad = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "empty file");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "empty file");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] b = new byte[4096];
    new java.util.Random(7).nextBytes(b);
    b[0] = 0x13;
    b[10] = 0;
    Path bad = Files.write(dir.resolve("photo.txt"), b);
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "binary file");
  }

  @Test
  void pdfNamedAsText() throws IOException {
    Path bad = Files.write(dir.resolve("report.txt"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "PDF document");
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append(SKY_1).append("\"}\n");
    Path whole = InputReaderTest.gzip(dir.resolve("whole.jsonl.gz"), lines.toString().getBytes(StandardCharsets.UTF_8));
    byte[] all = Files.readAllBytes(whole);
    Path bad = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(all, all.length * 2 / 3));
    List<String> ids = readWithGood(bad);
    assertThat(ids).first().isEqualTo("good");
    assertThat(ids).last().isEqualTo("good-2");
    assertThat(ids.size()).isGreaterThan(10);
    assertThat(ids.subList(1, ids.size() - 1)).allMatch(id -> id.matches("r\\d+"));
    assertOneProblem(bad, "truncated or corrupt gzip");
  }

  @Test
  void truncatedWarc() throws IOException {
    Path whole = dir.resolve("whole.warc");
    InputReaderTest.writeWarc(whole, WarcCompression.NONE, 3);
    byte[] all = Files.readAllBytes(whole);
    Path bad = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(all, all.length - 700));
    List<String> ids = readWithGood(bad);
    assertThat(ids).containsExactly("good", "3f0b6a3e-0c5d-4f4e-9d8c-000000000000",
        "3f0b6a3e-0c5d-4f4e-9d8c-000000000001", "good-2");
    assertOneProblem(bad, "truncated");
  }

  @Test
  void truncatedWarcGz() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    InputReaderTest.writeWarc(whole, WarcCompression.GZIP, 3);
    byte[] all = Files.readAllBytes(whole);
    Path bad = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(all, all.length - 300));
    List<String> ids = readWithGood(bad);
    assertThat(ids).startsWith("good", "3f0b6a3e-0c5d-4f4e-9d8c-000000000000").endsWith("good-2");
    assertOneProblem(bad, "truncated");
  }

  @Test
  void invalidUtf8ThatIsNotWindows1256() throws IOException {
    // Latin-1 French: invalid as UTF-8, and through Windows-1256 it reads as Latin letters, not Arabic
    byte[] b = "Le président a déclaré à Genève que l'accord était signé.".getBytes(StandardCharsets.ISO_8859_1);
    Path bad = Files.write(dir.resolve("latin1.txt"), b);
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "invalid UTF-8");
  }

  @Test
  void fiftyMegabyteSingleLineText() throws IOException {
    Path bad = dir.resolve("huge.txt");
    writeHugeLine(bad, null);
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "MB limit");
  }

  @Test
  void fiftyMegabyteJsonLineAmongGoodLines() throws IOException {
    Path bad = dir.resolve("huge.jsonl");
    writeHugeLine(bad, "{\"id\":\"ok-1\",\"text\":\"" + SKY_2 + "\"}\n");
    assertThat(readWithGood(bad)).containsExactly("good", "ok-1", "ok-2", "good-2");
    assertOneProblem(bad, "MB limit");
    assertThat(problems.get(0).path()).endsWith("huge.jsonl#2");
  }

  @Test
  void htmlPageWithNoText() throws IOException {
    Path bad = Files.writeString(dir.resolve("empty.html"),
        "<html><head><title>x</title><script>var a=1;</script></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>");
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "HTML page has no text");
  }

  @Test
  void badJsonLineAmongGoodLines() throws IOException {
    Path bad = Files.writeString(dir.resolve("mixed.jsonl"), "{\"id\":\"a\",\"text\":\"" + SKY_2 + "\"}\n"
        + "{\"id\":\"b\",\"text\":\"" + BBC_1 + "\n"
        + "{\"id\":\"c\",\"text\":\"" + SKY_1 + "\"}\n");
    assertThat(readWithGood(bad)).containsExactly("good", "a", "c", "good-2");
    assertOneProblem(bad, "bad JSON line");
    assertThat(problems.get(0).path()).endsWith("mixed.jsonl#2");
  }

  @Test
  void missingInput() {
    Path bad = dir.resolve("nope.txt");
    assertThat(readWithGood(bad)).containsExactly("good", "good-2");
    assertOneProblem(bad, "no such file");
  }

  /** A 50 MB line (Arabic letters), with {@code around} before and after it when given. */
  private static void writeHugeLine(Path p, String around) throws IOException {
    byte[] chunk = "نص ".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      if (around != null) out.write(around.getBytes(StandardCharsets.UTF_8));
      if (around != null) out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      long written = 0;
      while (written < 50L << 20) {
        out.write(chunk);
        written += chunk.length;
      }
      if (around != null) out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      if (around != null) out.write(around.replace("ok-1", "ok-2").getBytes(StandardCharsets.UTF_8));
    }
  }
}
