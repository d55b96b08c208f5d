package org.isnad.link;

import java.util.Arrays;

/**
 * Sorts arrays of well-mixed keys the way a shuffle does: first distributes them into 1,024 partitions by
 * their top bits, then sorts each partition, which fits in cache. Same result as {@link Arrays#sort}, but
 * the cost stays near-linear on corpus-sized arrays where one big sort spends its time waiting on memory.
 */
final class RadixPartition {
  private static final int BITS = 10;

  private RadixPartition() {}

  /** Sorts {@code a[0, n)} ascending as signed longs. */
  static void sort(long[] a, int n) {
    if (n < 1 << 16) {
      Arrays.sort(a, 0, n);
      return;
    }
    int buckets = 1 << BITS;
    int[] count = new int[buckets + 1];
    for (int i = 0; i < n; i++) count[bucket(a[i]) + 1]++;
    for (int b = 0; b < buckets; b++) count[b + 1] += count[b];
    long[] out = new long[n];
    int[] next = Arrays.copyOf(count, buckets);
    for (int i = 0; i < n; i++) out[next[bucket(a[i])]++] = a[i];
    for (int b = 0; b < buckets; b++) Arrays.sort(out, count[b], count[b + 1]);
    System.arraycopy(out, 0, a, 0, n);
  }

  /** Sorts {@code a[0, n)} ascending as signed ints. */
  static void sort(int[] a, int n) {
    if (n < 1 << 16) {
      Arrays.sort(a, 0, n);
      return;
    }
    int buckets = 1 << BITS;
    int[] count = new int[buckets + 1];
    for (int i = 0; i < n; i++) count[bucket(a[i]) + 1]++;
    for (int b = 0; b < buckets; b++) count[b + 1] += count[b];
    int[] out = new int[n];
    int[] next = Arrays.copyOf(count, buckets);
    for (int i = 0; i < n; i++) out[next[bucket(a[i])]++] = a[i];
    for (int b = 0; b < buckets; b++) Arrays.sort(out, count[b], count[b + 1]);
    System.arraycopy(out, 0, a, 0, n);
  }

  /** Partition of a signed long: its top bits with the sign flipped, so partitions ascend as values do. */
  private static int bucket(long v) {
    return (int) ((v ^ Long.MIN_VALUE) >>> (64 - BITS));
  }

  private static int bucket(int v) {
    return (v ^ Integer.MIN_VALUE) >>> (32 - BITS);
  }
}
