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
  public static final int MAX_GROUP = 50;
  static final int MIN_WORDS = 30;
  private static final int SHINGLE = 4;
  private final MinHasher hasher = new MinHasher(BANDS * ROWS, 0xD0B1E);

  /**
   * What a duplicate needs of one article: its voice (outlet), length, day and shingle sketch.
   * Serializable so that a cluster job can move it between machines.
   */
  public record Sketch(int doc, String voice, int words, int day, int[] signature) implements java.io.Serializable {}

  /** The sketch of article {@code doc}, or null for an article too short to duplicate another. */
  public Sketch sketch(int doc, ArticleDigest a) {
    int[] w = a.wordHash();
    if (w.length < MIN_WORDS) return null;
    int[] f = new int[w.length - SHINGLE + 1];
    for (int i = 0; i < f.length; i++) {
      int h = w[i];
      for (int j = 1; j < SHINGLE; j++) h = HashMix.mix(h * 31 + w[i + j]);
      f[i] = h;
    }
    return new Sketch(doc, a.voice(), a.words(), a.day(), hasher.signature(f, f.length));
  }

  /** The keyed groups an article's sketch joins, distinct: one per band, within its voice. */
  public static int[] keys(Sketch s) {
    int[] out = new int[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = MinHasher.bandKey(s.signature(), b, ROWS) * 31 + s.voice().hashCode();
      out[b] = HashMix.mix(Long.hashCode(key));
    }
    Arrays.sort(out);
    int m = 0;
    for (int i = 0; i < out.length; i++) if (i == 0 || out[i] != out[m - 1]) out[m++] = out[i];
    return Arrays.copyOf(out, m);
  }

  /** For each document, the index of the document it duplicates, or -1. */
  public int[] find(List<ArticleDigest> docs) {
    int n = docs.size();
    Sketch[] sketches = new Sketch[n];
    ReuseDetector.LongList entries = new ReuseDetector.LongList();
    for (int d = 0; d < n; d++) {
      sketches[d] = sketch(d, docs.get(d));
      if (sketches[d] == null) continue;
      for (int key : keys(sketches[d])) entries.add(((long) key << 32) | d);
    }
    UnionFind uf = new UnionFind(n);
    long[] e = entries.sortedDistinct();
    for (int i = 0; i < e.length; ) {
      int j = i + 1;
      int key = (int) (e[i] >>> 32);
      while (j < e.length && (int) (e[j] >>> 32) == key) j++;
      if (j - i >= 2 && j - i <= MAX_GROUP) {
        for (int x = i; x < j; x++) {
          for (int y = x + 1; y < j; y++) {
            if (duplicates(sketches[(int) e[x]], sketches[(int) e[y]])) uf.union((int) e[x], (int) e[y]);
          }
        }
      }
      i = j;
    }
    int[] of = new int[n];
    for (int d = 0; d < n; d++) {
      int r = uf.find(d);
      of[d] = r == d ? -1 : r; // the root is the group's first article in input order
    }
    return of;
  }

  /** True when two articles of one voice are one article published twice. */
  public static boolean duplicates(Sketch a, Sketch b) {
    double len = (double) Math.min(a.words(), b.words()) / Math.max(a.words(), b.words());
    return a.voice().equals(b.voice()) && len >= MIN_LENGTH_RATIO && EpochDay.near(a.day(), b.day(), WINDOW_DAYS)
        && MinHasher.similarity(a.signature(), b.signature()) >= MIN_SIMILARITY;
  }
}
