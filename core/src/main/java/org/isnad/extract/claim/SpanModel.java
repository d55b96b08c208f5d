package org.isnad.extract.claim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A sequence labeller for spans of a few kinds: hashed token features scored against BIO labels
 * ({@code O}, then {@code B-k}, {@code I-k} for each kind {@code k}), first-order transitions, Viterbi
 * decoding under the BIO constraint (an {@code I-k} continues a {@code B-k} or {@code I-k}). The claim
 * models (cues, triggers by type, the sources of a cue, the roles of a trigger) are all of this shape;
 * only their features differ ({@link ClaimFeatures}).
 *
 * <p>Features arrive as int hashes, {@code feats[offsets[i] .. offsets[i+1])} for token {@code i}; a
 * feature's weights for all labels sit side by side so that scoring one token reads one short run per
 * feature.
 */
public final class SpanModel {
  private static final int MAGIC = 0x4953434c; // "ISCL"

  final String[] kinds;
  final int labels;
  final int bits;
  final float[] w;
  /** {@code trans[(from + 1) * labels + to]}, {@code from = -1} being the sequence start. */
  final float[] trans;
  /**
   * Subtracted from every O score at decoding: the averaged perceptron errs toward O on rare span kinds,
   * and this trades its precision for recall (chosen by cross-validation, see ClaimTrainer.SHIPPED).
   */
  float outsidePenalty;

  public SpanModel(String[] kinds, int bits) {
    this.kinds = kinds.clone();
    this.labels = 1 + 2 * kinds.length;
    this.bits = bits;
    this.w = new float[(1 << bits) * labels];
    this.trans = new float[(labels + 1) * labels];
  }

  public String[] kinds() {
    return kinds.clone();
  }

  /** Label of kind {@code k} at the span's first token ({@code begin}) or later. */
  static int label(int kind, boolean begin) {
    return 1 + 2 * kind + (begin ? 0 : 1);
  }

  /** Kind of a label, -1 for O. */
  static int kindOf(int label) {
    return label == 0 ? -1 : (label - 1) >> 1;
  }

  static boolean isBegin(int label) {
    return label > 0 && ((label - 1) & 1) == 0;
  }

  private boolean allowed(int from, int to) {
    if (to == 0 || isBegin(to)) return true;
    return from > 0 && kindOf(from) == kindOf(to);
  }

  /** Scores of every label for every token: {@code out[i * labels + y]}. */
  void emissions(int n, int[] feats, int[] offsets, float[] out) {
    int mask = (1 << bits) - 1;
    Arrays.fill(out, 0, n * labels, 0f);
    for (int i = 0; i < n; i++) {
      int base = i * labels;
      for (int f = offsets[i]; f < offsets[i + 1]; f++) {
        int row = (feats[f] & mask) * labels;
        for (int y = 0; y < labels; y++) out[base + y] += w[row + y];
      }
    }
  }

  /** The best label sequence for {@code n} tokens. */
  public int[] decode(int n, int[] feats, int[] offsets) {
    float[] em = new float[Math.max(1, n * labels)];
    emissions(n, feats, offsets, em);
    if (outsidePenalty != 0f) for (int i = 0; i < n; i++) em[i * labels] -= outsidePenalty;
    return viterbi(n, em);
  }

  /** Scores of the token features alone, to share between several {@link #decode(float[], int, int[], int[])} calls. */
  public float[] emissions(int n, int[] feats, int[] offsets) {
    float[] em = new float[Math.max(1, n * labels)];
    emissions(n, feats, offsets, em);
    return em;
  }

  /** The best label sequence given the shared scores {@code base} plus the features {@code feats}. */
  public int[] decode(float[] base, int n, int[] feats, int[] offsets) {
    return decode(base, n, feats, offsets, 0, 0);
  }

  /** As {@link #decode(float[], int, int[], int[])}, with the tokens {@code [a, b)} (the anchor) held to O. */
  public int[] decode(float[] base, int n, int[] feats, int[] offsets, int a, int b) {
    float[] em = base.clone();
    int mask = (1 << bits) - 1;
    for (int i = 0; i < n; i++) {
      int row0 = i * labels;
      for (int f = offsets[i]; f < offsets[i + 1]; f++) {
        int row = (feats[f] & mask) * labels;
        for (int y = 0; y < labels; y++) em[row0 + y] += w[row + y];
      }
      em[row0] -= outsidePenalty;
      if (i >= a && i < b) for (int y = 1; y < labels; y++) em[row0 + y] = Float.NEGATIVE_INFINITY;
    }
    return viterbi(n, em);
  }

  int[] viterbi(int n, float[] em) {
    int[] out = new int[n];
    if (n == 0) return out;
    float[] score = new float[n * labels];
    int[] back = new int[n * labels];
    for (int y = 0; y < labels; y++) {
      score[y] = allowed(-1, y) && (y == 0 || isBegin(y)) ? em[y] + trans[y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < labels; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < labels; p++) {
          if (!allowed(p, y)) continue;
          float s = score[(i - 1) * labels + p] + trans[(p + 1) * labels + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * labels + y] = best + em[i * labels + y];
        back[i * labels + y] = arg;
      }
    }
    int y = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int k = 0; k < labels; k++) {
      if (score[(n - 1) * labels + k] > best) {
        best = score[(n - 1) * labels + k];
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i * labels + y];
    }
    return out;
  }

  /** Spans {@code [first, end)} with their kind, read off a label sequence: {kind, first, end} triples. */
  public static int[][] spans(int[] y) {
    int[][] out = new int[y.length][];
    int count = 0;
    for (int i = 0; i < y.length; i++) {
      if (!isBegin(y[i])) continue;
      int e = i + 1;
      while (e < y.length && y[e] == y[i] + 1) e++;
      out[count++] = new int[] {kindOf(y[i]), i, e};
    }
    return Arrays.copyOf(out, count);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(kinds.length);
    for (String k : kinds) out.writeUTF(k);
    out.writeInt(bits);
    for (float f : trans) out.writeFloat(f);
    out.writeFloat(outsidePenalty);
    SparseWeights.write(w, out);
  }

  static SpanModel read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) throw new IOException("not a span model");
    String[] kinds = new String[in.readInt()];
    for (int k = 0; k < kinds.length; k++) kinds[k] = in.readUTF();
    SpanModel m = new SpanModel(kinds, in.readInt());
    for (int i = 0; i < m.trans.length; i++) m.trans[i] = in.readFloat();
    m.outsidePenalty = in.readFloat();
    SparseWeights.read(m.w, in);
    return m;
  }
}
