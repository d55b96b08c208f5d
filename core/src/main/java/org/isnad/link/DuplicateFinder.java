package org.isnad.link;

import java.util.Arrays;
import java.util.List;
import org.isnad.text.HashMix;

/**
 * Finds articles that repeat, nearly word for word, an earlier article of their own outlet (France 24
 * carries some dispatches twice; outlets re-publish an update with a changed line): such an article is one
 * article, not more coverage, and not one more source.
 *
 * <p>Each article is sketched by MinHash over its 4-word shingles; candidates share one of
 * {@link #BANDS} band keys within one outlet (a keyed group; a group larger than {@link #MAX_GROUP} is
 * skipped), and a pair is a duplicate when its sketches agree on at least {@link #MIN_SIMILARITY} of their
 * positions, its lengths are within {@link #MIN_LENGTH_RATIO} of each other and it was published within
 * {@link #WINDOW_DAYS} days. The first article in input order of each group of duplicates is the one kept.
 */
public final class DuplicateFinder {
  static final int BANDS = 6;
  static final int ROWS = 4;
  static final double MIN_SIMILARITY = 0.8;
  static final double MIN_LENGTH_RATIO = 0.8;
  static final int WINDOW_DAYS = 14;
  static final int MAX_GROUP = 50;
  static final int MIN_WORDS = 30;
  private static final int SHINGLE = 4;
  private final MinHasher hasher = new MinHasher(BANDS * ROWS, 0xD0B1E);

  /** For each document, the index of the document it duplicates, or -1. */
  public int[] find(List<ArticleDigest> docs) {
    int n = docs.size();
    int[][] sig = new int[n][];
    java.util.Map<String, Integer> voices = new java.util.HashMap<>();
    int[] voice = new int[n];
    ReuseDetector.LongList entries = new ReuseDetector.LongList();
    for (int d = 0; d < n; d++) {
      ArticleDigest a = docs.get(d);
      voice[d] = voices.computeIfAbsent(a.voice(), k -> voices.size());
      int[] w = a.wordHash();
      if (w.length < MIN_WORDS) continue;
      int[] f = new int[w.length - SHINGLE + 1];
      for (int i = 0; i < f.length; i++) {
        int h = w[i];
        for (int j = 1; j < SHINGLE; j++) h = HashMix.mix(h * 31 + w[i + j]);
        f[i] = h;
      }
      sig[d] = hasher.signature(f, f.length);
      for (int b = 0; b < BANDS; b++) {
        long key = MinHasher.bandKey(sig[d], b, ROWS) * 31 + voice[d];
        entries.add(((long) HashMix.mix(Long.hashCode(key)) << 32) | d);
      }
    }
    UnionFind uf = new UnionFind(n);
    long[] e = entries.sortedDistinct();
    for (int i = 0; i < e.length; ) {
      int j = i + 1;
      int key = (int) (e[i] >>> 32);
      while (j < e.length && (int) (e[j] >>> 32) == key) j++;
      if (j - i >= 2 && j - i <= MAX_GROUP) {
        for (int x = i; x < j; x++) {
          int a = (int) e[x];
          for (int y = x + 1; y < j; y++) {
            int b = (int) e[y];
            if (voice[a] == voice[b] && duplicates(docs.get(a), docs.get(b), sig[a], sig[b])) uf.union(a, b);
          }
        }
      }
      i = j;
    }
    int[] first = new int[n];
    Arrays.fill(first, -1);
    int[] of = new int[n];
    for (int d = 0; d < n; d++) {
      int r = uf.find(d);
      if (first[r] < 0) first[r] = d;
      of[d] = first[r] == d ? -1 : first[r];
    }
    return of;
  }

  private static boolean duplicates(ArticleDigest a, ArticleDigest b, int[] sa, int[] sb) {
    double len = (double) Math.min(a.words(), b.words()) / Math.max(a.words(), b.words());
    return len >= MIN_LENGTH_RATIO && EpochDay.near(a.day(), b.day(), WINDOW_DAYS)
        && MinHasher.similarity(sa, sb) >= MIN_SIMILARITY;
  }
}
