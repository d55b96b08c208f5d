package org.isnad.link;

import java.util.List;

/**
 * Articles ranked by publication day (unknown days first), so that a keyed group whose members carry
 * ranks lists them by day and a date window is a sliding window: pairs beyond it are never visited.
 */
final class DayOrder {
  final int[] docOfRank;
  final int[] rankOf;
  final int[] dayOfRank;

  DayOrder(List<ArticleDigest> docs) {
    int n = docs.size();
    long[] keyed = new long[n];
    for (int d = 0; d < n; d++) keyed[d] = ((long) docs.get(d).day() << 32) | d;
    java.util.Arrays.sort(keyed);
    docOfRank = new int[n];
    rankOf = new int[n];
    dayOfRank = new int[n];
    for (int r = 0; r < n; r++) {
      int d = (int) keyed[r];
      docOfRank[r] = d;
      rankOf[d] = r;
      dayOfRank[r] = docs.get(d).day();
    }
  }

  /** True when the member of rank {@code later} (≥ {@code earlier}) is beyond {@code window} days of {@code earlier}. */
  boolean beyond(int earlier, int later, int window) {
    int a = dayOfRank[earlier];
    return a != EpochDay.UNKNOWN && dayOfRank[later] - a > window;
  }
}
