package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs an adversary or a broken crawler makes, each read or named with its reason, and the good file beside them still read. */
class HostileInputTest {
  @TempDir Path dir;

  final List<String> problems = new ArrayList<>();

  List<RawDocument> readWithGood(Path bad) throws Exception {
    Files.writeString(dir.resolve("good.txt"), InputReaderTest.SKY_1);
    List<RawDocument> docs = InputReader.readAll(List.of(dir), p -> problems.add(p.toString()));
    assertThat(docs).extracting(RawDocument::id).contains("good");
    return docs.stream().filter(d -> !d.id().equals("good")).toList();
  }

  @Test
  void randomBytes() throws Exception {
    byte[] b = new byte[100_000];
    new Random(20261202).nextBytes(b);
    Path p = Files.write(dir.resolve("random.txt"), b);
    assertThat(readWithGood(p)).isEmpty();
    assertThat(problems).containsExactly(p + ": binary file, not text, HTML, JSON Lines, WARC or a feed");
  }

  @Test
  void windows1256WithAndWithoutADeclaration() throws Exception {
    Charset cp = Charset.forName("windows-1256");
    Files.write(dir.resolve("plain.txt"), InputReaderTest.SKY_2.getBytes(cp));
    Files.write(dir.resolve("declared.html"), ("<html><head><meta charset=\"windows-1256\"><title>الليرة</title></head><body><p>"
        + InputReaderTest.SKY_2 + "</p></body></html>").getBytes(cp));
    List<RawDocument> docs = readWithGood(dir.resolve("plain.txt"));
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("declared", "plain");
    assertThat(docs).allMatch(d -> d.body().contains(InputReaderTest.SKY_2));
  }

  @Test
  void tenThousandNestedElements() throws Exception {
    String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + InputReaderTest.SKY_2 + "</p>" + "</div>".repeat(10_000)
        + "</body></html>";
    Path p = Files.writeString(dir.resolve("nested.html"), html);
    List<RawDocument> docs = readWithGood(p);
    assertThat(problems).isEmpty();
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.body()).contains(InputReaderTest.SKY_2));
  }

  @Test
  void tenThousandNestedFeedElements() throws Exception {
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>"
        + "<![CDATA[" + "<div>".repeat(10_000) + InputReaderTest.SKY_2 + "</div>".repeat(10_000) + "]]></description></item>"
        + "</channel></rss>";
    Path p = Files.writeString(dir.resolve("nested.rss"), feed);
    List<RawDocument> docs = readWithGood(p);
    assertThat(problems).isEmpty();
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.body()).contains(InputReaderTest.SKY_2));
  }

  @Test
  void invalidUtf8InsideJsonLines() throws Exception {
    byte[] good = ("{\"id\":\"a\",\"text\":\"" + InputReaderTest.SKY_2 + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"b\",\"text\":\"\u00ff\u00fe broken\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path p = dir.resolve("mixed.jsonl");
    Files.write(p, good);
    Files.write(p, bad, java.nio.file.StandardOpenOption.APPEND);
    List<RawDocument> docs = readWithGood(p);
    assertThat(docs).extracting(RawDocument::id).containsExactly("a");
    assertThat(problems).containsExactly(p + "#2: bad JSON line: Invalid UTF-8 start byte 0xff");
  }
}
