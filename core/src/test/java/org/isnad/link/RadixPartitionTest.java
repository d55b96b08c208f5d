package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The partitioned sort gives exactly what {@link Arrays#sort} gives, below and above its threshold. */
class RadixPartitionTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 1000, 65_535, 65_536, 200_003, 1_500_000})
  void sortsLikeArraysSort(int n) {
    SplittableRandom r = new SplittableRandom(n);
    long[] a = new long[n + 7];
    for (int i = 0; i < a.length; i++) a[i] = i % 5 == 0 ? r.nextLong(100) - 50 : r.nextLong();
    long[] expected = a.clone();
    Arrays.sort(expected, 0, n);
    RadixPartition.sort(a, n);
    assertThat(a).isEqualTo(expected); // the tail beyond n is untouched
  }
}
