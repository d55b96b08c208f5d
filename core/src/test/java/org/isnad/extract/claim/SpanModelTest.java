package org.isnad.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.isnad.extract.claim.ClaimTagger.TFrame;
import org.isnad.extract.claim.ClaimTagger.Tok;
import org.junit.jupiter.api.Test;

/** The span labeller's decoding, training and file format, and the chain composition of relay frames. */
class SpanModelTest {
  @Test
  void spansAreReadOffBioLabels() {
    // O B-0 I-0 O B-1 B-1 I-1
    int[] y = {0, SpanModel.label(0, true), SpanModel.label(0, false), 0, SpanModel.label(1, true),
        SpanModel.label(1, true), SpanModel.label(1, false)};
    assertThat(SpanModel.spans(y)).isDeepEqualTo(new int[][] {{0, 1, 3}, {1, 4, 5}, {1, 5, 7}});
  }

  @Test
  void anInsideLabelNeverFollowsAnotherKind() {
    SpanModel m = new SpanModel(new String[] {"A", "B"}, 4);
    // emissions favour B-A on token 0 (5) and I-B on token 1 (10): B-A, I-B is no path, so I-B takes its B-B
    float[] em = new float[2 * m.labels];
    em[SpanModel.label(0, true)] = 5;
    em[m.labels + SpanModel.label(1, false)] = 10;
    int[] y = m.viterbi(2, em);
    assertThat(y).containsExactly(SpanModel.label(1, true), SpanModel.label(1, false));
  }

  @Test
  void trainingLearnsASeparableSpanAndTheModelRoundTrips() throws Exception {
    // token feature 1 marks span starts, 2 span insides, 3 outside
    int[] feats = {3, 1, 2, 3, 1};
    int[] offsets = {0, 1, 2, 3, 4, 5};
    int[] gold = {0, SpanModel.label(0, true), SpanModel.label(0, false), 0, SpanModel.label(0, true)};
    SpanModel m = SpanTrainer.train(new String[] {"X"}, 6, List.of(new SpanTrainer.Example(5, feats, offsets, gold)), 5, 1);
    assertThat(m.decode(5, feats, offsets)).containsExactly(gold);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(new DataOutputStream(bytes));
    SpanModel back = SpanModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back.decode(5, feats, offsets)).containsExactly(gold);
    assertThat(back.kinds()).containsExactly("X");
  }

  @Test
  void aPrepositionFrameBetweenAVerbAndItsContentBecomesItsRelay() {
    // "وقال جعجع ، بحسب الوكالة ، إن …": tokens 0 cue, 1 source, 3 cue, 4 source, 6.. content
    TFrame said = new TFrame(new Tok(0, 1), List.of(new Tok(1, 2)), new Tok(6, 12));
    TFrame per = new TFrame(new Tok(3, 4), List.of(new Tok(4, 5)), new Tok(6, 12));
    assertThat(ClaimTagger.relayed(List.of(said, per)))
        .containsExactly(new TFrame(new Tok(0, 1), List.of(new Tok(4, 5), new Tok(1, 2)), new Tok(6, 12)));
    // a frame after the content is a frame of its own
    TFrame after = new TFrame(new Tok(13, 14), List.of(new Tok(14, 15)), new Tok(0, 12));
    assertThat(ClaimTagger.relayed(List.of(said, after))).containsExactly(said, after);
  }

  @Test
  void aRelayAlreadyInALongerChainIsNoFrameOfItsOwn() {
    // "قالت الوزارة إن … ، حسبما أفادت الوكالة": the verb's chain read whole is [الوكالة, الوزارة] (tokens 13, 1);
    // the after-frame's own chain [الوكالة] is the same tokens, read a second time
    TFrame said = new TFrame(new Tok(0, 1), List.of(new Tok(13, 14), new Tok(1, 2)), new Tok(2, 10));
    TFrame after = new TFrame(new Tok(11, 13), List.of(new Tok(13, 14)), new Tok(0, 10));
    assertThat(ClaimTagger.subsumed(List.of(said, after))).containsExactly(said);
    // the same speaker named again elsewhere (other tokens), or a chain as long, stays a frame
    TFrame again = new TFrame(new Tok(15, 16), List.of(new Tok(16, 17)), new Tok(17, 20));
    TFrame same = new TFrame(new Tok(11, 13), List.of(new Tok(13, 14), new Tok(1, 2)), new Tok(0, 10));
    assertThat(ClaimTagger.subsumed(List.of(said, again))).containsExactly(said, again);
    assertThat(ClaimTagger.subsumed(List.of(said, same))).containsExactly(said, same);
  }

  @Test
  void theAnchorsOwnTokensAreNoArgument() {
    // one feature per token that votes for B-X everywhere: decoded with token 1 as the anchor, it stays O
    int[] feats = {7, 7, 7};
    int[] offsets = {0, 1, 2, 3};
    int[] gold = {SpanModel.label(0, true), SpanModel.label(0, false), SpanModel.label(0, false)};
    SpanModel m = SpanTrainer.train(new String[] {"X"}, 6, List.of(new SpanTrainer.Example(3, feats, offsets, gold)), 5, 1);
    float[] base = m.emissions(3, new int[0], new int[] {0, 0, 0, 0});
    int[] y = m.decode(base, 3, feats, offsets, 1, 2);
    assertThat(y[1]).isZero();
    assertThat(m.decode(base, 3, feats, offsets)).containsExactly(gold);
  }
}
