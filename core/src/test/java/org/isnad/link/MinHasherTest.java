package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinHasherTest {
  @Test
  void signaturesEstimateJaccardSimilarity() {
    int[] a = new int[200];
    int[] b = new int[200];
    for (int i = 0; i < 200; i++) {
      a[i] = i;
      b[i] = i + 100; // 100 shared of 300: Jaccard 1/3
    }
    MinHasher h = new MinHasher(256, 7);
    assertThat(MinHasher.similarity(h.signature(a, 200), h.signature(a, 200))).isEqualTo(1.0);
    assertThat(MinHasher.similarity(h.signature(a, 200), h.signature(b, 200))).isCloseTo(1 / 3.0, within(0.08));
    assertThat(MinHasher.similarity(h.signature(a, 100), h.signature(java.util.Arrays.copyOfRange(b, 100, 200), 100))).isEqualTo(0.0);
  }

  @Test
  void equalBandsGiveEqualKeysAndBandsAreKeptApart() {
    int[] sig = {1, 2, 3, 1, 2, 3};
    assertThat(MinHasher.bandKey(sig, 0, 3)).isNotEqualTo(MinHasher.bandKey(sig, 1, 3));
    assertThat(MinHasher.bandKey(sig, 0, 3)).isEqualTo(MinHasher.bandKey(new int[] {1, 2, 3, 9, 9, 9}, 0, 3));
  }

  @Test
  void publicationDatesReadAsEpochDays() {
    int day = EpochDay.parse("2018-04-09");
    assertThat(EpochDay.parse("Mon, 09 Apr 2018 08:08:17 GMT")).isEqualTo(day);
    assertThat(EpochDay.parse("Mon, 09 Apr 2018 12:54:01 +0400")).isEqualTo(day);
    assertThat(EpochDay.parse("2018-04-09T23:10:00Z")).isEqualTo(day);
    assertThat(EpochDay.parse("yesterday")).isEqualTo(EpochDay.UNKNOWN);
    assertThat(EpochDay.near(day, day + 1, 1)).isTrue();
    assertThat(EpochDay.near(day, day + 2, 1)).isFalse();
    assertThat(EpochDay.near(day, EpochDay.UNKNOWN, 1)).isTrue();
  }
}
