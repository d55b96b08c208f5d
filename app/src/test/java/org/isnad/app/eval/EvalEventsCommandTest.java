package org.isnad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The events evaluation: its split, its overlap measure, and a run on real sentences (../shared/data/events, MIT). */
class EvalEventsCommandTest {
  @Test
  void splitIsDeterministicAndAboutHalf() throws Exception {
    Path file = SharedData.require("events/assault_sentences.jsonl");
    List<EvalEventsCommand.Gold> all = EvalEventsCommand.sentences(file);
    long held = all.stream().filter(g -> EvalEventsCommand.heldOut(g.id())).count();
    assertThat(held / (double) all.size()).isBetween(0.45, 0.55);
    // CRC32 parity of the id: fixed for good, so the halves never mix between runs or machines
    assertThat(EvalEventsCommand.heldOut("AAW_ARB_20081023.0034-1"))
        .isEqualTo(EvalEventsCommand.heldOut("AAW_ARB_20081023.0034-1"));
    assertThat(all).noneMatch(g -> g.id().isEmpty());
  }

  @Test
  void tokenOverlapF1() {
    List<String> gold = EvalEventsCommand.tokens("ستة متشددين سلاميين");
    assertThat(EvalEventsCommand.overlapF1(EvalEventsCommand.tokens("ستة متشددين سلاميين"), gold)).isEqualTo(1.0);
    // 2 of 3 predicted tokens in 3 gold tokens: P = R = 2/3
    assertThat(EvalEventsCommand.overlapF1(EvalEventsCommand.tokens("ستة متشددين آخرين"), gold)).isCloseTo(2 / 3.0,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(EvalEventsCommand.overlapF1(List.of(), gold)).isZero();
    // proclitics and the article do not count against a match: "والمتشددين" ~ "متشددين"
    assertThat(EvalEventsCommand.tokens("والمتشددين")).containsExactly("متشددين");
  }

  @Test
  void runsOnAFewRealSentences(@TempDir Path dir) throws Exception {
    Path events = SharedData.require("events");
    // the first 40 lines of each file, as the command reads them
    for (String name : new String[] {"assault_sentences.jsonl", "protest_sentences.jsonl", "assault_spans.jsonl",
        "protest_spans.jsonl"}) {
      List<String> lines = Files.readAllLines(events.resolve(name), StandardCharsets.UTF_8);
      Files.write(dir.resolve(name), lines.subList(0, Math.min(40, lines.size())), StandardCharsets.UTF_8);
    }
    String first = run(dir);
    assertThat(first).contains("ASSAULT detection", "PROTEST detection", "held-out (", "tuning   (",
        "actor token F1", "target token F1");
    assertThat(run(dir)).isEqualTo(first);
  }

  private static String run(Path dir) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      int rc = new CommandLine(new EvalEventsCommand()).execute(dir.toString());
      assertThat(rc).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
