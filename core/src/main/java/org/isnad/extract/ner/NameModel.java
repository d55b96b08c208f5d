package org.isnad.extract.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isnad.model.MentionType;

/**
 * The name finder's weights: a hashed feature table ({@code 2^bits} buckets × labels, label-minor so a
 * bucket's scores share a cache line) and first-order label transitions, decoded with Viterbi under
 * BILOU constraints (a name is U-X alone or B-X I-X… L-X; punctuation is always O).
 *
 * <p>Labels: O, then B- (begin), I- (inside), L- (last) and U- (a one-word name) for PER, LOC, ORG.
 * Marking the last word apart lets the model learn where names end (a verb after a name, "فايزة أبوالنجا
 * أناب", is a common boundary error under plain BIO) and one-word names apart from first words.
 *
 * <p>On disk: gzip of a header, the transitions, and the non-zero buckets as delta-coded indices with
 * 16-bit weights under one scale (the averaged perceptron's weights need no more precision than that).
 */
final class NameModel {
  static final String RESOURCE_DIR = "/models/ner/";
  static final String[] LABELS = {"O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC",
      "B-ORG", "I-ORG", "L-ORG", "U-ORG"};
  static final MentionType[] TYPES = {MentionType.PER, MentionType.LOC, MentionType.ORG};
  static final int L = LABELS.length; // 13: emissions() sums them in 13 locals
  private static final int MAGIC = 0x49534e33; // "ISN3"

  final int bits;
  final float[] w;
  /** {@code trans[(from + 1) * L + to]}, {@code from = -1} being the sentence start. */
  final float[] trans;
  /** Subtracted from every O score at decoding: trades precision for recall (chosen on held-out data). */
  float outsidePenalty;

  NameModel(int bits) {
    this.bits = bits;
    this.w = new float[(1 << bits) * L];
    this.trans = new float[(L + 1) * L];
  }

  /** A view of {@code other}'s weights with another O penalty. */
  NameModel(NameModel other, float outsidePenalty) {
    this.bits = other.bits;
    this.w = other.w;
    this.trans = other.trans;
    this.outsidePenalty = outsidePenalty;
  }

  private static final int BEGIN = 0, INSIDE = 1, LAST = 2, UNIT = 3;

  /** The label of word {@code k} of a name of {@code length} words of type {@code type} (0 PER, 1 LOC, 2 ORG). */
  static int label(int type, int k, int length) {
    int part = length == 1 ? UNIT : k == 0 ? BEGIN : k == length - 1 ? LAST : INSIDE;
    return 1 + type * 4 + part;
  }

  private static int part(int label) {
    return (label - 1) & 3;
  }

  /** The label continues the name before it (I- or L-). */
  static boolean isInside(int label) {
    return label > 0 && (part(label) == INSIDE || part(label) == LAST);
  }

  /** The label leaves a name open: the next must be I- or L- of its type. */
  private static boolean isOpen(int label) {
    return label > 0 && (part(label) == BEGIN || part(label) == INSIDE);
  }

  /** 0 PER, 1 LOC, 2 ORG; for label 0 (O), -1. */
  static int type(int label) {
    return label == 0 ? -1 : (label - 1) / 4;
  }

  /** {@link #allowed} as a table, {@code [(from + 1) * L + to]}, for Viterbi's inner loop. */
  private static final boolean[] ALLOWED = new boolean[(L + 1) * L];

  static {
    for (int from = -1; from < L; from++) for (int to = 0; to < L; to++) ALLOWED[(from + 1) * L + to] = allowed(from, to);
  }

  /** May {@code to} follow {@code from} ({@code -1}: the sentence start)? */
  static boolean allowed(int from, int to) {
    if (from >= 0 && isOpen(from)) return isInside(to) && type(from) == type(to);
    return !isInside(to);
  }

  /** Emission scores {@code em[j * L + y]} of tokens {@code [0, n)} from their feature buckets. */
  void emissions(int[] f, int[] count, int n, float[] em) {
    // thirteen running sums in locals: the JIT keeps them in registers, where a loop over labels would
    // store to em for every feature
    for (int j = 0; j < n; j++) {
      float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
      int base = j * NameFeatures.MAX;
      for (int k = 0, c = count[j]; k < c; k++) {
        int b = f[base + k] * L;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
        s3 += w[b + 3];
        s4 += w[b + 4];
        s5 += w[b + 5];
        s6 += w[b + 6];
        s7 += w[b + 7];
        s8 += w[b + 8];
        s9 += w[b + 9];
        s10 += w[b + 10];
        s11 += w[b + 11];
        s12 += w[b + 12];
      }
      int o = j * L;
      em[o] = s0 - outsidePenalty;
      em[o + 1] = s1;
      em[o + 2] = s2;
      em[o + 3] = s3;
      em[o + 4] = s4;
      em[o + 5] = s5;
      em[o + 6] = s6;
      em[o + 7] = s7;
      em[o + 8] = s8;
      em[o + 9] = s9;
      em[o + 10] = s10;
      em[o + 11] = s11;
      em[o + 12] = s12;
    }
  }

  /**
   * Best label sequence for emissions {@code em} of {@code n} tokens; {@code punct[j]} forces O.
   * {@code delta} and {@code back} are scratch of at least {@code n * L}.
   */
  void viterbi(float[] em, boolean[] punct, int n, float[] delta, int[] back, int[] out) {
    if (n == 0) return;
    for (int y = 0; y < L; y++) {
      boolean ok = allowed(-1, y) && (y == 0 || !punct[0]);
      delta[y] = ok ? em[y] + trans[y] : Float.NEGATIVE_INFINITY;
    }
    for (int j = 1; j < n; j++) {
      int o = j * L;
      int p = o - L;
      for (int y = 0; y < L; y++) {
        if (y != 0 && punct[j]) {
          delta[o + y] = Float.NEGATIVE_INFINITY;
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int x = 0; x < L; x++) {
          if (!ALLOWED[(x + 1) * L + y]) continue;
          float v = delta[p + x] + trans[(x + 1) * L + y];
          if (v > best) {
            best = v;
            arg = x;
          }
        }
        delta[o + y] = best + em[o + y];
        back[o + y] = arg;
      }
    }
    int o = (n - 1) * L;
    int arg = 0;
    for (int y = 1; y < L; y++) if (!isOpen(y) && delta[o + y] > delta[o + arg]) arg = y;
    for (int j = n - 1; j >= 0; j--) {
      out[j] = arg;
      if (j > 0) arg = back[j * L + arg];
    }
  }

  void write(OutputStream os) throws IOException {
    float max = 1e-9f;
    for (float v : w) max = Math.max(max, Math.abs(v));
    float scale = max / 32767f;
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)))) {
      out.writeInt(MAGIC);
      out.writeInt(bits);
      out.writeInt(L);
      for (float v : trans) out.writeFloat(v);
      out.writeFloat(outsidePenalty);
      out.writeFloat(scale);
      int buckets = 1 << bits;
      int nonzero = 0;
      short[] q = new short[w.length];
      for (int b = 0; b < buckets; b++) {
        boolean any = false;
        for (int y = 0; y < L; y++) {
          q[b * L + y] = (short) Math.round(w[b * L + y] / scale);
          any |= q[b * L + y] != 0;
        }
        if (any) nonzero++;
      }
      out.writeInt(nonzero);
      int last = -1;
      for (int b = 0; b < buckets; b++) {
        boolean any = false;
        for (int y = 0; y < L; y++) any |= q[b * L + y] != 0;
        if (!any) continue;
        writeVarint(out, b - last);
        last = b;
        for (int y = 0; y < L; y++) out.writeShort(q[b * L + y]);
      }
    }
  }

  static NameModel read(InputStream is) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16))) {
      if (in.readInt() != MAGIC) throw new IOException("not a name-finder model");
      int bits = in.readInt();
      if (in.readInt() != L) throw new IOException("model has a different label set");
      NameModel m = new NameModel(bits);
      for (int k = 0; k < m.trans.length; k++) m.trans[k] = in.readFloat();
      m.outsidePenalty = in.readFloat();
      float scale = in.readFloat();
      int nonzero = in.readInt();
      int b = -1;
      for (int k = 0; k < nonzero; k++) {
        b += readVarint(in);
        for (int y = 0; y < L; y++) m.w[b * L + y] = in.readShort() * scale;
      }
      return m;
    }
  }

  private static void writeVarint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int v = 0;
    int shift = 0;
    while (true) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
      shift += 7;
    }
  }
}
