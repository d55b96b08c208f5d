package org.isnad.link;

import org.isnad.text.HashMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups articles about one developing situation into stories.
 *
 * <p>Each article is sketched by MinHash over its distinctive words (its {@link #MAX_FEATURES} rarest word
 * keys among those carried by at least two articles and by at most {@link #MAX_DF_SHARE} of them, so stop
 * words and stock vocabulary drop out and the work per article is bounded)
 * and the canonical ids of the entities it mentions. Candidate pairs share an LSH band (a keyed group:
 * band key → articles; a band shared by more than {@link #MAX_GROUP} articles is too generic and
 * skipped); a pair is linked when its articles were published within {@link #WINDOW_DAYS} days and the
 * sketches agree on at least {@link #MIN_SIMILARITY} of their positions. Articles sharing a copied
 * passage within the window are linked too. Stories are the connected groups of two or more articles.
 */
public final class StoryClusterer {
  public static final int BANDS = 20;
  public static final int ROWS = 3;
  public static final int WINDOW_DAYS = 3;
  public static final int MAX_GROUP = 40;
  public static final double MIN_SIMILARITY = 0.25;
  public static final double MAX_DF_SHARE = 0.02;
  private static final int MIN_FEATURES = 8;
  /** At most this many words sketch an article: its rarest ones. */
  public static final int MAX_FEATURES = 64;

  private final MinHasher hasher = new MinHasher(BANDS * ROWS, 0x15AD);

  private static int runEnd(long[] sorted, int i, int n) {
    int key = (int) (sorted[i] >>> 32);
    int j = i + 1;
    while (j < n && (int) (sorted[j] >>> 32) == key) j++;
    return j;
  }

  /** A story: member document indices (ascending) and the index of its representative article. */
  public record Group(int[] members, int representative) implements java.io.Serializable {}

  /** The most articles a word may be carried by and still tell stories apart, in a corpus of {@code n}. */
  public static int maxDf(long n) {
    return Math.max(3, (int) (n * MAX_DF_SHARE));
  }

  /** A qualifying word of an article, as its sketch ranks them: rarest first, ties by hash. */
  public static long row(int df, int word) {
    return ((long) df << 32) | (word & 0xFFFFFFFFL);
  }

  /**
   * The sketch of an article from its qualifying words ({@link #row}s in {@code rows[from, to)}, sorted
   * here) and the entities it mentions: its {@link #MAX_FEATURES} rarest words and the entities; null
   * for an article with fewer than {@link #MIN_FEATURES} features.
   */
  public int[] signature(long[] rows, int from, int to, List<String> entities) {
    // The MAX_FEATURES rarest qualifying words (ties by hash): bounded work per article at any corpus size.
    Arrays.sort(rows, from, to);
    int[] feats = new int[MAX_FEATURES + Math.max(64, entities.size())];
    int f = 0;
    for (int x = from; x < Math.min(to, from + MAX_FEATURES); x++) feats[f++] = (int) rows[x];
    for (String e : entities) feats[f++] = HashMix.mix(e.hashCode() ^ 0x5eed);
    if (f < MIN_FEATURES) return null;
    return hasher.signature(feats, f);
  }

  /** The keyed group of band {@code b} of a sketch. */
  public static int bandKey(int[] sig, int b) {
    long k = MinHasher.bandKey(sig, b, ROWS);
    return HashMix.mix((int) (k ^ (k >>> 32)));
  }

  /** True when two sketches agree enough for one story. */
  public static boolean similar(int[] a, int[] b) {
    return MinHasher.similarity(a, b) >= MIN_SIMILARITY;
  }

  /**
   * The union of a clustering, taking its joins in order and counting each article's: a story's
   * representative is its most joined article, so the order of the joins decides it.
   */
  public static final class Joins {
    private final UnionFind uf;
    private final int[] degree;

    public Joins(int n) {
      uf = new UnionFind(n);
      degree = new int[n];
    }

    /** Two similar sketches: counted only when they join two groups. */
    public void similar(int a, int b) {
      if (uf.union(a, b)) {
        degree[a]++;
        degree[b]++;
      }
    }

    /** A copied passage within the window: always counted. */
    public void passage(int a, int b) {
      degree[a]++;
      degree[b]++;
      uf.union(a, b);
    }

    /** The stories: groups of two articles or more, by their first article, each with its representative. */
    public List<Group> groups() {
      int n = degree.length;
      int[] size = new int[n];
      for (int d = 0; d < n; d++) size[uf.find(d)]++;
      int[][] members = new int[n][];
      int[] fill = new int[n];
      for (int d = 0; d < n; d++) {
        int r = uf.find(d);
        if (size[r] < 2) continue;
        if (members[r] == null) members[r] = new int[size[r]];
        members[r][fill[r]++] = d;
      }
      List<Group> out = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        if (members[r] == null) continue;
        int rep = members[r][0];
        for (int d : members[r]) if (degree[d] > degree[rep]) rep = d;
        out.add(new Group(members[r], rep));
      }
      return out;
    }
  }

  public List<Group> cluster(List<ArticleDigest> docs, List<ReuseDetector.Passage> passages) {
    int n = docs.size();
    // Document frequency of each word key, as a keyed group: (word, article) for each article's distinct
    // words, sorted; a run of one word is its articles. Qualifying words go to their articles' lists
    // (compressed rows: count, then fill) as (df, word), so the rarest sort first.
    long[] entries;
    int total = 0;
    {
      int[][] distinct = new int[n][];
      for (int d = 0; d < n; d++) {
        int[] w = docs.get(d).wordHash().clone();
        Arrays.sort(w);
        int m = 0;
        for (int i = 0; i < w.length; i++) if (i == 0 || w[i] != w[i - 1]) w[m++] = w[i];
        distinct[d] = Arrays.copyOf(w, m);
        total += m;
      }
      entries = new long[total];
      int p = 0;
      for (int d = 0; d < n; d++) {
        for (int w : distinct[d]) entries[p++] = ((long) w << 32) | d;
        distinct[d] = null;
      }
    }
    RadixPartition.sort(entries, total);
    int maxDf = maxDf(n);
    int[] rowStart = new int[n + 1];
    for (int i = 0; i < total; ) {
      int j = runEnd(entries, i, total);
      if (j - i >= 2 && j - i <= maxDf) for (int x = i; x < j; x++) rowStart[(int) entries[x] + 1]++;
      i = j;
    }
    for (int d = 0; d < n; d++) rowStart[d + 1] += rowStart[d];
    long[] rows = new long[rowStart[n]];
    int[] fillRow = Arrays.copyOf(rowStart, n);
    for (int i = 0; i < total; ) {
      int j = runEnd(entries, i, total);
      int df = j - i;
      if (df >= 2 && df <= maxDf) {
        for (int x = i; x < j; x++) rows[fillRow[(int) entries[x]]++] = row(df, (int) (entries[x] >>> 32));
      }
      i = j;
    }
    entries = null;
    int[][] sig = new int[n][];
    for (int d = 0; d < n; d++) sig[d] = signature(rows, rowStart[d], rowStart[d + 1], docs.get(d).entities());
    // Band key → documents: (32-bit hash of the band key, article's day rank) sorted; each run of one key
    // is a group, its members by day.
    DayOrder order = new DayOrder(docs);
    long[] bands = new long[n * BANDS];
    int be = 0;
    for (int d = 0; d < n; d++) {
      if (sig[d] == null) continue;
      for (int b = 0; b < BANDS; b++) bands[be++] = ((long) bandKey(sig[d], b) << 32) | order.rankOf[d];
    }
    RadixPartition.sort(bands, be);
    Joins joins = new Joins(n);
    for (int i = 0; i < be; ) {
      int key = (int) (bands[i] >>> 32);
      int j = i + 1;
      while (j < be && (int) (bands[j] >>> 32) == key) j++;
      if (j - i >= 2 && j - i <= MAX_GROUP) {
        for (int x = i; x < j; x++) {
          int a = order.docOfRank[(int) bands[x]];
          for (int y = x + 1; y < j; y++) {
            if (order.beyond((int) bands[x], (int) bands[y], WINDOW_DAYS)) break;
            int b = order.docOfRank[(int) bands[y]];
            if (similar(sig[a], sig[b])) joins.similar(a, b);
          }
        }
      }
      i = j;
    }
    for (ReuseDetector.Passage ps : passages) {
      if (EpochDay.near(docs.get(ps.a()).day(), docs.get(ps.b()).day(), WINDOW_DAYS)) joins.passage(ps.a(), ps.b());
    }
    return joins.groups();
  }

}
