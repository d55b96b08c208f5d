package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CoNLL reading and phrase-level scoring on a hand-made file. */
class NameScoreTest {
  // Hand-made: two sentences, PERS/LOC/ORG and a MISC name, an I- after O, a word the tokenizer splits.
  static final String CONLL = String.join("\n",
      "قال O", "محمد B-PERS", "علي I-PERS", "في O", "باريس B-LOC", "إن O", "الأمم B-ORG", "المتحدة I-ORG", ". O",
      "", "كأس B-MISC", "العالم I-MISC", "في O", "قطر I-LOC", "(د O", "ب O", "أ) O", "") + "\n";

  static List<ConllSentence> read(Path dir) throws Exception {
    Path f = dir.resolve("tiny.conll");
    Files.writeString(f, CONLL, StandardCharsets.UTF_8);
    return ConllSentence.read(f);
  }

  @Test
  void readsNamesByTheConllConventionAndDropsMisc(@TempDir Path dir) throws Exception {
    List<ConllSentence> s = read(dir);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).gold()).containsExactly(
        new ConllSentence.Chunk(1, 3, 0), new ConllSentence.Chunk(4, 5, 1), new ConllSentence.Chunk(6, 8, 2));
    // MISC dropped; the I-LOC after O starts a name
    assertThat(s.get(1).gold()).containsExactly(new ConllSentence.Chunk(3, 4, 1));
    // "(د" is two tokens of word 4, "أ)" two of word 6
    ConllSentence second = s.get(1);
    assertThat(second.tokens().size()).isEqualTo(9);
    assertThat(second.wordOf()).containsExactly(0, 1, 2, 3, 4, 4, 5, 6, 6);
    assertThat(s.get(0).goldLabels()).containsExactly(0, 1, 3, 0, 8, 0, 9, 11, 0);
  }

  @Test
  void scoresExactSpanAndTypeOnly(@TempDir Path dir) throws Exception {
    List<ConllSentence> s = read(dir);
    NameScore score = new NameScore();
    // sentence 1: PER right, LOC typed ORG, ORG cut short; sentence 2: LOC right plus a spurious PER
    score.add(s.get(0).gold(), List.of(
        new ConllSentence.Chunk(1, 3, 0), new ConllSentence.Chunk(4, 5, 2), new ConllSentence.Chunk(6, 7, 2)));
    score.add(s.get(1).gold(), List.of(new ConllSentence.Chunk(0, 1, 0), new ConllSentence.Chunk(3, 4, 1)));
    // tp 2 (PER, LOC), fp 3, fn 2
    assertThat(score.prf(-1)[0]).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(score.prf(-1)[1]).isCloseTo(2.0 / 4, within(1e-12));
    assertThat(score.f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-12));
    assertThat(score.prf(0)).containsExactly(0.5, 1.0, 2 * 0.5 / 1.5);
    assertThat(score.prf(1)).containsExactly(1.0, 0.5, 2 * 0.5 / 1.5);
    assertThat(score.prf(2)).containsExactly(0.0, 0.0, 0.0);
    assertThat(score.table()).contains("overall     0.4000    0.5000    0.4444       4       5");
  }

  @Test
  void mapsTokenLabelsBackToWords(@TempDir Path dir) throws Exception {
    ConllSentence second = read(dir).get(1);
    // tokens: كأس العالم في قطر ( د ب أ ) ; U-LOC over "قطر", B-ORG I-ORG L-ORG over "د ب أ" maps to words 4..6
    int[] labels = {0, 0, 0, 8, 0, 9, 10, 11, 0};
    assertThat(second.toWords(labels)).containsExactly(new ConllSentence.Chunk(3, 4, 1), new ConllSentence.Chunk(4, 7, 2));
  }
}
