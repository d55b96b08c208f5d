package org.isnad.extract.claim;

/**
 * The token-feature scores of several {@link SpanModel}s that read the same features, from one table
 * holding their weights side by side per bucket. Scoring a sentence is bound by fetching each feature's
 * weights from tables of megabytes; one fetch for all models instead of one per model makes that pass
 * several times cheaper. Every score is the same sum in the same order as
 * {@link SpanModel#emissions(int, int[], int[])} gives, so decoding is unchanged. Read-only once built.
 */
final class SharedEmissions {
  private final int[] labels;
  private final int width;
  private final int mask;
  private final float[] w;

  private SharedEmissions(SpanModel[] models) {
    labels = new int[models.length];
    int wide = 0;
    for (int m = 0; m < models.length; m++) {
      labels[m] = models[m].labels;
      wide += labels[m];
    }
    width = wide;
    int buckets = 1 << models[0].bits;
    mask = buckets - 1;
    w = new float[buckets * width];
    for (int b = 0; b < buckets; b++) {
      int at = b * width;
      for (SpanModel model : models) {
        System.arraycopy(model.w, b * model.labels, w, at, model.labels);
        at += model.labels;
      }
    }
  }

  /** The models' shared table, or null when their feature tables differ in size (each is then scored alone). */
  static SharedEmissions of(SpanModel... models) {
    for (SpanModel m : models) if (m.bits != models[0].bits) return null;
    return new SharedEmissions(models);
  }

  /** Scores of every model for {@code n} tokens: {@code out[m][i * labels + y]}, as each model alone gives them. */
  float[][] emissions(int n, int[] feats, int[] offsets) {
    float[][] out = new float[labels.length][];
    for (int m = 0; m < labels.length; m++) out[m] = new float[Math.max(1, n * labels[m])];
    float[] sum = new float[width];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(sum, 0f);
      for (int f = offsets[i]; f < offsets[i + 1]; f++) {
        int row = (feats[f] & mask) * width;
        for (int y = 0; y < width; y++) sum[y] += w[row + y];
      }
      int at = 0;
      for (int m = 0; m < labels.length; m++) {
        System.arraycopy(sum, at, out[m], i * labels[m], labels[m]);
        at += labels[m];
      }
    }
    return out;
  }
}
