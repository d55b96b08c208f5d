package org.isnad.link;

import java.util.Arrays;

/**
 * Sorts arrays of well-mixed keys the way a shuffle does: first distributes them into partitions by their
 * top bits, then sorts each partition. The number of partitions grows with the array so that a partition
 * holds about {@value #PARTITION} keys whatever the corpus size: each small sort fits in cache and costs
 * a constant per key, so the whole stays linear where one big sort would add a log factor and spend its
 * time waiting on memory. Same result as {@link Arrays#sort}.
 */
final class RadixPartition {
  /** Keys per partition on average: small enough for the L2 cache (16 KB of longs). */
  static final int PARTITION = 2048;

  private RadixPartition() {}

  /** Sorts {@code a[0, n)} ascending as signed longs. */
  static void sort(long[] a, int n) {
    if (n < 1 << 16) {
      Arrays.sort(a, 0, n);
      return;
    }
    int bits = Math.min(24, 64 - Long.numberOfLeadingZeros(n / PARTITION));
    int buckets = 1 << bits;
    int[] count = new int[buckets + 1];
    for (int i = 0; i < n; i++) count[bucket(a[i], bits) + 1]++;
    for (int b = 0; b < buckets; b++) count[b + 1] += count[b];
    long[] out = new long[n];
    int[] next = Arrays.copyOf(count, buckets);
    for (int i = 0; i < n; i++) out[next[bucket(a[i], bits)]++] = a[i];
    for (int b = 0; b < buckets; b++) Arrays.sort(out, count[b], count[b + 1]);
    System.arraycopy(out, 0, a, 0, n);
  }

  /** Partition of a signed long: its top bits with the sign flipped, so partitions ascend as values do. */
  private static int bucket(long v, int bits) {
    return (int) ((v ^ Long.MIN_VALUE) >>> (64 - bits));
  }
}
