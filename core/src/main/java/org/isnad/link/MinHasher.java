package org.isnad.link;
import org.isnad.text.HashMix;

/**
 * MinHash signatures of sets of 32-bit feature hashes, and their LSH band keys. Each of the {@code k}
 * hash functions is a seeded 32-bit mix; the estimate of the Jaccard similarity of two sets is the share
 * of equal signature positions. Band keys are what candidate pairs are grouped by (a keyed group: the
 * same on one machine or as a Spark {@code groupByKey}).
 */
public final class MinHasher {
  private final int k;
  private final int[] seeds;

  public MinHasher(int k, long seed) {
    this.k = k;
    seeds = new int[k];
    long s = seed;
    for (int i = 0; i < k; i++) {
      s = s * 6364136223846793005L + 1442695040888963407L;
      seeds[i] = (int) (s >>> 32) | 1;
    }
  }

  public int size() {
    return k;
  }

  /** The signature of the first {@code n} features in {@code features}. An empty set gets all {@code Integer.MAX_VALUE}. */
  public int[] signature(int[] features, int n) {
    int[] sig = new int[k];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int f = 0; f < n; f++) {
      int x = features[f];
      for (int i = 0; i < k; i++) {
        int h = HashMix.mix(x ^ seeds[i]) & 0x7fffffff;
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the sets behind two signatures. */
  public static double similarity(int[] a, int[] b) {
    int eq = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) eq++;
    return (double) eq / a.length;
  }

  /** Key of band {@code band} ({@code rows} signature positions), its index in the high bits. */
  public static long bandKey(int[] sig, int band, int rows) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int r = 0; r < rows; r++) h = (h ^ sig[band * rows + r]) * 0xC2B2AE3D27D4EB4FL;
    return (h & 0xFFFFFFFFFFFFL) | ((long) band << 48);
  }

}
