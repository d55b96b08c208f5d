package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry of a folder is read or named with its reason: links, loops, odd file names. */
class InputWalkTest {
  @TempDir Path dir;

  final List<String> problems = new ArrayList<>();

  List<String> ids(Path... inputs) {
    return InputReader.readAll(List.of(inputs), p -> problems.add(p.toString())).stream().map(RawDocument::id).toList();
  }

  @Test
  void linkLoopsAndDanglingLinksAreReportedAndLinkedFoldersRead() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), InputReaderTest.SKY_1);
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("b.txt"), InputReaderTest.SKY_2);
    Files.createSymbolicLink(in.resolve("linked"), other);
    Files.createDirectories(in.resolve("sub"));
    Files.createSymbolicLink(in.resolve("sub/loop"), in);
    Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    assertThat(ids(in)).containsExactly("a", "b");
    assertThat(problems).containsExactly(
        in.resolve("gone.txt") + ": dangling symbolic link (its target " + dir.resolve("nowhere.txt") + " does not exist)",
        in.resolve("sub/loop") + ": symbolic link loop (it leads back to a folder above it)");
  }

  @Test
  void aDanglingLinkNamedOnTheCommandLineIsNamedSo() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("x.txt"), dir.resolve("y.txt"));
    assertThat(ids(link)).isEmpty();
    assertThat(problems).containsExactly(link + ": dangling symbolic link (its target " + dir.resolve("y.txt") + " does not exist)");
  }

  @Test
  void controlCharactersInFileNamesAreEscaped() throws Exception {
    Path bad = Files.writeString(dir.resolve("a\nb\u001b[31mc\u202Ed.txt"), "");
    assertThat(ids(dir)).isEmpty();
    assertThat(problems).containsExactly(dir + "/a\\nb\\x1b[31mc\\u202ed.txt: empty file");
  }

  @Test
  void aNumberOrAListWhereTextBelongsIsNamed() throws Exception {
    Path p = Files.writeString(dir.resolve("odd.jsonl"), "{\"id\":\"a\",\"text\":12345}\n"
        + "{\"id\":\"b\",\"text\":[\"" + InputReaderTest.SKY_1 + "\"]}\n"
        + "{\"id\":\"c\",\"title\":{\"x\":1},\"text\":\"" + InputReaderTest.SKY_2 + "\"}\n"
        + "{\"id\":\"d\",\"text\":\"" + InputReaderTest.SKY_2 + "\"}\n");
    assertThat(ids(p)).containsExactly("d");
    assertThat(problems).containsExactly(p + "#1: text is not a string but a number (record a)",
        p + "#2: text is not a string but a list (record b)", p + "#3: title is not a string but an object (record c)");
  }

  @Test
  void theKindOfAProblemLeavesOutWhatIsParticular() {
    assertThat(new InputProblem("f", "bad JSON line: Unexpected character").kind()).isEqualTo("bad JSON line");
    assertThat(new InputProblem("f", "no text (record r1)").kind()).isEqualTo("no text");
    assertThat(new InputProblem("f", "truncated or corrupt gzip after line 5 (3 records read): x").kind())
        .isEqualTo("truncated or corrupt gzip");
    assertThat(new InputProblem("f", "line longer than the 20 MB limit (123 bytes); skipped").kind())
        .isEqualTo("line longer than the 20 MB limit");
  }
}
