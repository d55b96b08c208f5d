package org.isnad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.SharedData;
import org.isnad.app.IsnadCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad train ner} is reproducible and {@code isnad eval ner} prints the per-type table. */
class NerCommandsTest {
  @Test
  void trainTwiceGivesTheSameFileAndEvalPrintsTheTable(@TempDir Path dir) throws Exception {
    // the first 100 sentences of ANERcorp's train split
    List<String> lines = Files.readAllLines(SharedData.require("ner/anercorp/train.conll"), StandardCharsets.UTF_8);
    Path small = dir.resolve("small.conll");
    Files.write(small, lines.subList(0, afterSentences(lines, 100)), StandardCharsets.UTF_8);
    Path a = dir.resolve("a.bin.gz");
    Path b = dir.resolve("b.bin.gz");
    PrintStream err = System.err;
    try {
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(IsnadCli.run("train", "ner", "--bits", "16", "--epochs", "2", "--out", a.toString(), small.toString())).isZero();
      assertThat(IsnadCli.run("train", "ner", "--bits", "16", "--epochs", "2", "--out", b.toString(), small.toString())).isZero();
    } finally {
      System.setErr(err);
    }
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));

    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(IsnadCli.run("eval", "ner", "--model", a.toString(), small.toString())).isZero();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String table = buf.toString(StandardCharsets.UTF_8);
    assertThat(table.lines().map(l -> l.split("\\s+")[0]).toList())
        .containsExactly("type", "PER", "LOC", "ORG", "overall", "(100");
  }

  @Test
  void extraTrainingDataIsNeverHeldOut(@TempDir Path dir) throws Exception {
    // two sentences of ANERcorp's train split as the data to split, one as --extra
    List<String> lines = Files.readAllLines(SharedData.require("ner/anercorp/train.conll"), StandardCharsets.UTF_8);
    int two = afterSentences(lines, 2);
    Path data = dir.resolve("data.conll");
    Files.write(data, lines.subList(0, two), StandardCharsets.UTF_8);
    Path extra = dir.resolve("extra.conll");
    Files.write(extra, lines.subList(two, afterSentences(lines, 3)), StandardCharsets.UTF_8);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = System.err;
    PrintStream out = System.out;
    try {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(IsnadCli.run("train", "ner", "--bits", "16", "--epochs", "1", "--dev-fraction", "0.5",
          "--extra", extra.toString(), data.toString())).isZero();
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    // the last of the two data sentences is held out; the extra one is trained on
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("training on 2 sentences (1 held out)");
  }

  /** The index just past the blank line that ends the first {@code n} sentences of CoNLL {@code lines}. */
  private static int afterSentences(List<String> lines, int n) {
    int blank = 0;
    int end = 0;
    while (end < lines.size() && blank < n) if (lines.get(end++).isBlank()) blank++;
    return end;
  }

  @Test
  void anUnreadableFileIsOneLineNamingIt(@TempDir Path dir) throws Exception {
    Path none = dir.resolve("none.conll");
    Path standoff = dir.resolve("names.tsv");
    Files.writeString(standoff, "a1\t0\t5\tdeadbeef\t\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = System.err;
    try {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertThat(IsnadCli.run("eval", "ner", none.toString())).isEqualTo(2);
      assertThat(IsnadCli.run("eval", "ner", standoff.toString())).isEqualTo(2);
    } finally {
      System.setErr(err);
    }
    assertThat(buf.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "isnad eval ner: " + none + ": no such file",
        "isnad eval ner: " + standoff + ": standoff annotations need the news file they point into (--news)");
  }

  @Test
  void evalWritesTheMissedAndWrongNamesOfEachSentence(@TempDir Path dir) throws Exception {
    // sentences 1 and 96 of ANERcorp's test split, tagged by the shipped model
    List<String> lines = Files.readAllLines(SharedData.require("ner/anercorp/test.conll"), StandardCharsets.UTF_8);
    List<String> picked = new ArrayList<>();
    int sentence = 0;
    for (String line : lines) {
      if (sentence == 0 || sentence == 95) picked.add(line);
      if (line.isBlank()) sentence++;
    }
    Path two = dir.resolve("two.conll");
    Files.write(two, picked, StandardCharsets.UTF_8);
    Path errors = dir.resolve("errors.txt");
    PrintStream out = System.out;
    PrintStream err = System.err;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(IsnadCli.run("eval", "ner", "--errors", errors.toString(), two.toString())).isZero();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    List<String> written = Files.readAllLines(errors, StandardCharsets.UTF_8);
    // each sentence, then its gold names not found ("-"), then found names not in gold ("+"), then a blank line
    assertThat(written.get(0)).startsWith("الصالحية المفرق - غيث الطراونة - أمر جلالة الملك عبدالله الثاني");
    assertThat(written.subList(1, 6)).containsExactly("- LOC\tالصالحية", "- LOC\tالمفرق", "- LOC\tالصالحية", "- LOC\tونايفة", "");
    assertThat(written.get(6)).startsWith("الحرب خالد شيخ محمد المولود في الكويت");
    // "born" taken into the name
    assertThat(written.subList(7, written.size())).containsExactly("- PER\tخالد شيخ محمد", "+ PER\tخالد شيخ محمد المولود", "");
  }
}
