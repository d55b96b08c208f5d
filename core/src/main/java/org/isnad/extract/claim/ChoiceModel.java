package org.isnad.extract.claim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One choice among a few labels from hashed features: an averaged multiclass perceptron. The claim
 * reader uses it for what is decided once per trigger, with no sequence structure: the PLOVER type of a
 * detected trigger, and its mode (asserted, negated, hedged, future, conditional, attempted).
 */
public final class ChoiceModel {
  public static final String[] MODES = {"asserted", "negated", "hedged", "future", "conditional", "attempted"};
  private static final int MAGIC = 0x49534d44; // "ISMD"
  final String[] labels;
  private final int bits;
  private final float[] w;

  private ChoiceModel(String[] labels, int bits) {
    this.labels = labels.clone();
    this.bits = bits;
    this.w = new float[(1 << bits) * labels.length];
  }

  public static int index(String[] labels, String label) {
    for (int k = 0; k < labels.length; k++) if (labels[k].equals(label)) return k;
    throw new IllegalArgumentException("unknown label " + label);
  }

  public String label(int k) {
    return labels[k];
  }

  public int predict(int[] feats, int from, int to) {
    int L = labels.length;
    int mask = (1 << bits) - 1;
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < L; y++) {
      float s = 0;
      for (int f = from; f < to; f++) s += w[(feats[f] & mask) * L + y];
      // ties go to "asserted", the usual case
      if (s > bestScore) {
        bestScore = s;
        best = y;
      }
    }
    return best;
  }

  /** One training example: features and gold label index. */
  public record Example(int[] feats, int mode) {}

  public static ChoiceModel train(String[] labels, int bits, List<Example> data, int epochs, long seed) {
    ChoiceModel m = new ChoiceModel(labels, bits);
    int L = labels.length;
    float[] u = new float[m.w.length];
    int mask = (1 << bits) - 1;
    List<Example> order = new ArrayList<>(data);
    Random rnd = new Random(seed);
    float c = 1;
    for (int e = 0; e < epochs; e++) {
      Collections.shuffle(order, rnd);
      for (Example x : order) {
        int p = m.predict(x.feats(), 0, x.feats().length);
        if (p != x.mode()) {
          for (int f : x.feats()) {
            int row = (f & mask) * L;
            m.w[row + x.mode()] += 1;
            u[row + x.mode()] += c;
            m.w[row + p] -= 1;
            u[row + p] -= c;
          }
        }
        c++;
      }
    }
    for (int i = 0; i < m.w.length; i++) m.w[i] -= u[i] / c;
    return m;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(labels.length);
    for (String l : labels) out.writeUTF(l);
    out.writeInt(bits);
    SparseWeights.write(w, out);
  }

  static ChoiceModel read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) throw new IOException("not a choice model");
    String[] labels = new String[in.readInt()];
    for (int k = 0; k < labels.length; k++) labels[k] = in.readUTF();
    ChoiceModel m = new ChoiceModel(labels, in.readInt());
    SparseWeights.read(m.w, in);
    return m;
  }
}
