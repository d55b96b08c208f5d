package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron for a {@link SpanModel} (Collins 2002): decode each training sequence,
 * and where the best sequence differs from the gold one, add the gold features and subtract the
 * predicted ones; the shipped weights are the average over all steps, which generalises far better
 * than the last. Sequences are visited in an order shuffled by a fixed seed, so training reproduces
 * the same model byte for byte.
 */
public final class SpanTrainer {
  /** One training sequence: its features and gold labels. */
  public record Example(int n, int[] feats, int[] offsets, int[] gold) {}

  private SpanTrainer() {}

  public static SpanModel train(String[] kinds, int bits, List<Example> data, int epochs, long seed) {
    SpanModel m = new SpanModel(kinds, bits);
    int labels = m.labels;
    int mask = (1 << bits) - 1;
    // averaging by the usual trick: u accumulates c * delta, the average is w - u / c
    float[] uw = new float[m.w.length];
    float[] ut = new float[m.trans.length];
    List<Example> order = new ArrayList<>(data);
    Random rnd = new Random(seed);
    float c = 1;
    float[] em = new float[16];
    for (int e = 0; e < epochs; e++) {
      java.util.Collections.shuffle(order, rnd);
      for (Example x : order) {
        if (x.n() == 0) continue;
        if (em.length < x.n() * labels) em = new float[x.n() * labels * 2];
        m.emissions(x.n(), x.feats(), x.offsets(), em);
        int[] y = m.viterbi(x.n(), em);
        for (int i = 0; i < x.n(); i++) {
          int g = x.gold()[i];
          int p = y[i];
          if (g != p) {
            for (int f = x.offsets()[i]; f < x.offsets()[i + 1]; f++) {
              int row = (x.feats()[f] & mask) * labels;
              m.w[row + g] += 1;
              uw[row + g] += c;
              m.w[row + p] -= 1;
              uw[row + p] -= c;
            }
          }
          int gp = i == 0 ? 0 : x.gold()[i - 1] + 1;
          int pp = i == 0 ? 0 : y[i - 1] + 1;
          if (gp != pp || g != p) {
            m.trans[gp * labels + g] += 1;
            ut[gp * labels + g] += c;
            m.trans[pp * labels + p] -= 1;
            ut[pp * labels + p] -= c;
          }
        }
        c++;
      }
    }
    for (int i = 0; i < m.w.length; i++) m.w[i] -= uw[i] / c;
    for (int i = 0; i < m.trans.length; i++) m.trans[i] -= ut[i] / c;
    return m;
  }
}
