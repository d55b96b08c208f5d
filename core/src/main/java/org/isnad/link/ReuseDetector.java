package org.isnad.link;

import org.isnad.text.HashMix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.model.Reuse;

/**
 * Finds passages of at least {@link #MIN_WORDS} words that two articles share: copied wire paragraphs,
 * including copies with small edits.
 *
 * <p>Candidates come from an index of 8-word shingles (hashes of eight consecutive word keys, so
 * diacritics, hamza forms, proclitics such as a changed opening "و" and the article do not matter),
 * grouped by shingle: a sort of {@code (shingle, article)} pairs, i.e. a keyed group. A shingle carried
 * by more than {@link #MAX_GROUP} articles is boilerplate or a stock phrase and is dropped, which also
 * bounds the pairs any one shingle yields. Each candidate pair is then aligned: shared shingles are
 * seeds, seeds on one diagonal form exact runs, and runs that follow each other within
 * {@link #MAX_GAP} words on both sides are chained into one passage (a dropped clause, a changed word),
 * then extended word by word at both ends. A passage is kept when at least {@link #MIN_WORDS} words
 * match and they make at least {@link #MIN_SIMILARITY} of the longer side. A paraphrase shares at most
 * short runs, never an eight-word one, so it yields no seed.
 *
 * <p>Short shared runs are often stock phrases, not copying: an official's full title ("ولي العهد
 * السعودي الأمير محمد بن سلمان، في") or an attribution formula recurs across dozens of unrelated articles.
 * A passage of fewer than {@link #LONG_WORDS} words is therefore kept only when at least one of its
 * shingles is carried by at most {@link #RARE} articles in the whole corpus.
 *
 * <p>Only articles published within {@link #WINDOW_DAYS} days of each other are compared: copying from
 * the wires happens within days, and the pairs a background paragraph re-run months later would add grow
 * with the square of the corpus's time span.
 *
 * <p>By default only pairs of different outlets are reported (an outlet re-running its own text in
 * updated versions of a story is not reuse across outlets); articles with no known outlet count as
 * outlets of their own.
 */
public final class ReuseDetector {
  public static final int SHINGLE = 8;
  public static final int MIN_WORDS = 8;
  public static final int MAX_GROUP = 100;
  public static final int MAX_GAP = 12;
  /** Articles published further apart than this are not compared (either date unknown: compared). */
  public static final int WINDOW_DAYS = 14;
  public static final double MIN_SIMILARITY = 0.5;
  /** A passage shorter than this many words is kept only when one of its shingles is rare (stock phrases are not). */
  public static final int LONG_WORDS = 15;
  /** At most this many articles carry a rare shingle. */
  public static final int RARE = 3;
  /**
   * A pair of articles is aligned when it shares one rare shingle or this many common ones: a passage
   * long enough to be kept without a rare shingle ({@link #LONG_WORDS} words) has eight shingles, and even
   * with an edit every few words it keeps several, while a stock phrase of eight to ten words has one to
   * three. This keeps the alignments from growing with the square of the stock phrases' frequency.
   */
  public static final int CANDIDATE = 4;
  /** A shingle repeated more often than this inside one article is not used as a seed. */
  private static final int MAX_REPEAT = 4;

  /** A shared passage between documents {@code a < b} (indices into the digest list), as word and char spans. */
  public record Passage(int a, int b, int aFromWord, int aToWord, int bFromWord, int bToWord,
                        int aStart, int aEnd, int bStart, int bEnd, int matched, double similarity) {}

  private final boolean sameOutlet;

  public ReuseDetector(boolean sameOutlet) {
    this.sameOutlet = sameOutlet;
  }

  public ReuseDetector() {
    this(false);
  }

  /** All shared passages, ordered by article pair then position. */
  public List<Passage> detect(List<ArticleDigest> docs) {
    int n = docs.size();
    int[][] shingles = new int[n][];
    int total = 0;
    for (int d = 0; d < n; d++) {
      shingles[d] = shingles(docs.get(d).wordHash());
      total += shingles[d].length;
    }
    // Articles ranked by publication day (unknown first), so that each group lists its articles by day
    // and only those within the window are paired.
    DayOrder order = new DayOrder(docs);
    int[] docOfRank = order.docOfRank;
    int[] rankOf = order.rankOf;
    int[] dayOfRank = order.dayOfRank;
    int[] voiceOfRank = new int[n];
    java.util.Map<String, Integer> voices = new java.util.HashMap<>();
    for (int r = 0; r < n; r++) voiceOfRank[r] = voices.computeIfAbsent(docs.get(docOfRank[r]).voice(), k -> voices.size());
    // (shingle, article rank) for each distinct shingle of each article, sorted: the keyed groups.
    long[] entries = new long[total];
    int e = 0;
    for (int d = 0; d < n; d++) {
      int[] s = shingles[d].clone();
      Arrays.sort(s);
      for (int i = 0; i < s.length; i++) {
        if (i > 0 && s[i] == s[i - 1]) continue;
        entries[e++] = ((long) s[i] << 32) | rankOf[d];
      }
    }
    RadixPartition.sort(entries, e);
    LongList pairs = new LongList();
    LongList groupDf = new LongList();
    int i = 0;
    while (i < e) {
      int j = i + 1;
      int key = (int) (entries[i] >>> 32);
      while (j < e && (int) (entries[j] >>> 32) == key) j++;
      int size = j - i;
      if (size >= 2 && size <= MAX_GROUP) {
        groupDf.add(((long) key << 32) | size);
        // A rare shingle makes its pairs candidates at once; common ones must add up (see CANDIDATE).
        int weight = size <= RARE ? CANDIDATE : 1;
        for (int x = i; x < j; x++) {
          int rx = (int) entries[x];
          int dayX = dayOfRank[rx];
          for (int y = x + 1; y < j; y++) {
            int ry = (int) entries[y];
            if (dayX != EpochDay.UNKNOWN && dayOfRank[ry] - dayX > WINDOW_DAYS) break;
            if (!sameOutlet && voiceOfRank[rx] == voiceOfRank[ry]) continue;
            int da = docOfRank[rx];
            int db = docOfRank[ry];
            long pk = ((long) Math.min(da, db) << 32) | Math.max(da, db);
            for (int w = 0; w < weight; w++) pairs.add(pk);
          }
        }
      }
      i = j;
    }
    long[] p = pairs.sortedRunsOfAtLeast(CANDIDATE);
    entries = null;
    long[] dfs = groupDf.sortedDistinct();
    List<Passage> out = new ArrayList<>();
    long[][] positions = new long[n][];
    for (long pair : p) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (positions[b] == null) positions[b] = positions(shingles[b]);
      align(a, b, docs.get(a), docs.get(b), shingles[a], positions[b], dfs, out);
    }
    return out;
  }

  /** The passages as SPEC records, {@code text} sliced from article {@code a}'s text. */
  public static List<Reuse> records(List<ArticleDigest> docs, List<Passage> passages) {
    List<Reuse> out = new ArrayList<>(passages.size());
    int lastA = -1;
    String text = null;
    for (Passage ps : passages) {
      if (ps.a() != lastA) {
        lastA = ps.a();
        text = docs.get(lastA).text();
      }
      out.add(record(docs.get(ps.a()).id(), docs.get(ps.b()).id(), ps, text));
    }
    return out;
  }

  /** One passage as a SPEC record: {@code aText} is its first article's text. */
  public static Reuse record(String aId, String bId, Passage ps, String aText) {
    return new Reuse(aId, bId, ps.aStart(), ps.aEnd(), ps.bStart(), ps.bEnd(), aText.substring(ps.aStart(), ps.aEnd()),
        Math.round(ps.similarity() * 1000) / 1000.0);
  }

  /**
   * The passages {@link #detect} finds between the candidate pair {@code a < b} (indices into the digest
   * list), for a caller that found the candidates by the same keyed groups elsewhere (the Spark job).
   * {@code dfs}: sorted {@code (shingle << 32) | articles carrying it} for the groups of 2 to
   * {@link #MAX_GROUP} articles; those of {@code a}'s shingles suffice.
   */
  public static List<Passage> align(int a, int b, ArticleDigest da, ArticleDigest db, long[] dfs) {
    List<Passage> out = new ArrayList<>();
    align(a, b, da, db, shingles(da.wordHash()), positions(shingles(db.wordHash())), dfs, out);
    return out;
  }

  /** Hash of the {@link #SHINGLE} words starting at each position. */
  public static int[] shingles(int[] words) {
    int m = words.length - SHINGLE + 1;
    if (m <= 0) return new int[0];
    int[] s = new int[m];
    for (int i = 0; i < m; i++) {
      int h = 0x2545F491;
      for (int k = 0; k < SHINGLE; k++) h = HashMix.mix(h * 31 + words[i + k]);
      s[i] = h;
    }
    return s;
  }

  private static long[] positions(int[] shingles) {
    long[] p = new long[shingles.length];
    for (int i = 0; i < shingles.length; i++) p[i] = ((long) shingles[i] << 32) | i;
    Arrays.sort(p);
    return p;
  }

  private static int lowerBound(long[] p, int key) {
    long target = (long) key << 32;
    int lo = 0;
    int hi = p.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (p[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static final long DIAG = 1L << 30;

  /** Articles carrying a shingle, from the sorted (shingle, count) groups; {@code MAX_GROUP} when not found. */
  private static int df(long[] dfs, int key) {
    int k = lowerBound(dfs, key);
    return k < dfs.length && (int) (dfs[k] >>> 32) == key ? (int) dfs[k] : MAX_GROUP;
  }

  private static void align(int a, int b, ArticleDigest da, ArticleDigest db, int[] sa, long[] pb, long[] dfs,
                            List<Passage> out) {
    LongList seeds = new LongList();
    for (int i = 0; i < sa.length; i++) {
      int from = lowerBound(pb, sa[i]);
      int to = from;
      while (to < pb.length && (int) (pb[to] >>> 32) == sa[i]) to++;
      if (to == from || to - from > MAX_REPEAT) continue;
      for (int k = from; k < to; k++) {
        int j = (int) pb[k];
        seeds.add(((j - i + DIAG) << 32) | i);
      }
    }
    if (seeds.size() == 0) return;
    long[] s = seeds.sortedDistinct();
    // Exact runs: consecutive seeds on one diagonal. Each run is [aFrom, aTo) x [bFrom, bTo) in words.
    List<int[]> runs = new ArrayList<>();
    int k = 0;
    while (k < s.length) {
      long diag = (s[k] >>> 32) - DIAG;
      int i0 = (int) s[k];
      int last = i0;
      int rarest = df(dfs, sa[i0]);
      int m = k + 1;
      while (m < s.length && (s[m] >>> 32) - DIAG == diag && (int) s[m] == last + 1) {
        last++;
        rarest = Math.min(rarest, df(dfs, sa[last]));
        m++;
      }
      runs.add(new int[] {i0, last + SHINGLE, (int) (i0 + diag), (int) (last + SHINGLE + diag), rarest});
      k = m;
    }
    runs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[2], y[2]));
    // Chains: {aFrom, aTo, bFrom, bTo, matched, rarest shingle's article count}.
    List<int[]> chains = new ArrayList<>();
    for (int[] r : runs) {
      int[] into = null;
      for (int[] c : chains) {
        int gapA = r[0] - c[1];
        int gapB = r[2] - c[3];
        if (r[0] >= c[0] && r[2] >= c[2] && gapA <= MAX_GAP && gapB <= MAX_GAP && gapA >= -SHINGLE && gapB >= -SHINGLE
            && (r[1] > c[1] || r[3] > c[3]) && Math.abs(gapA - gapB) <= MAX_GAP) {
          into = c;
          break;
        }
        if (r[0] >= c[0] && r[1] <= c[1] && r[2] >= c[2] && r[3] <= c[3]) {
          into = c; // already inside
          break;
        }
      }
      if (into == null) {
        chains.add(new int[] {r[0], r[1], r[2], r[3], r[1] - r[0], r[4]});
      } else if (r[1] > into[1] || r[3] > into[3]) {
        into[5] = Math.min(into[5], r[4]);
        into[4] += Math.max(0, Math.min(r[1] - Math.max(r[0], into[1]), r[3] - Math.max(r[2], into[3])));
        into[1] = Math.max(into[1], r[1]);
        into[3] = Math.max(into[3], r[3]);
      }
    }
    int[] wa = da.wordHash();
    int[] wb = db.wordHash();
    List<int[]> kept = new ArrayList<>();
    for (int[] c : chains) {
      // Extend word by word at both ends, stepping over a small edit (up to EDIT words changed, added or
      // dropped on either side) when the next three words agree again.
      while (true) {
        if (c[1] < wa.length && c[3] < wb.length && wa[c[1]] == wb[c[3]]) {
          c[1]++;
          c[3]++;
          c[4]++;
          continue;
        }
        int[] step = resync(wa, wb, c[1], c[3], 1);
        if (step == null) break;
        c[1] += step[0] + 3;
        c[3] += step[1] + 3;
        c[4] += 3;
      }
      while (true) {
        if (c[0] > 0 && c[2] > 0 && wa[c[0] - 1] == wb[c[2] - 1]) {
          c[0]--;
          c[2]--;
          c[4]++;
          continue;
        }
        int[] step = resync(wa, wb, c[0] - 1, c[2] - 1, -1);
        if (step == null) break;
        c[0] -= step[0] + 3;
        c[2] -= step[1] + 3;
        c[4] += 3;
      }
      int longer = Math.max(c[1] - c[0], c[3] - c[2]);
      double sim = Math.min(1.0, (double) c[4] / longer);
      if (c[4] < MIN_WORDS || sim < MIN_SIMILARITY || (c[4] < LONG_WORDS && c[5] > RARE)) continue;
      boolean overlaps = false;
      for (int[] o : kept) {
        if (c[0] < o[1] && o[0] < c[1] && c[2] < o[3] && o[2] < c[3]) {
          overlaps = true; // two extended chains met: keep the first
          break;
        }
      }
      if (!overlaps) kept.add(c);
    }
    kept.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] c : kept) {
      int longer = Math.max(c[1] - c[0], c[3] - c[2]);
      out.add(new Passage(a, b, c[0], c[1], c[2], c[3], da.wordStart()[c[0]], da.wordEnd()[c[1] - 1],
          db.wordStart()[c[2]], db.wordEnd()[c[3] - 1], c[4], Math.min(1.0, (double) c[4] / longer)));
    }
  }

  private static final int EDIT = 4;

  /**
   * The smallest skip (words in a, words in b; together at most {@link #EDIT}) after which three words
   * agree again, reading from {@code i}/{@code j} in direction {@code dir}; {@code null} when there is none.
   */
  private static int[] resync(int[] wa, int[] wb, int i, int j, int dir) {
    for (int total = 1; total <= EDIT; total++) {
      for (int sa = 0; sa <= total; sa++) {
        int sb = total - sa;
        boolean ok = true;
        for (int k = 0; k < 3 && ok; k++) {
          int x = i + dir * (sa + k);
          int y = j + dir * (sb + k);
          ok = x >= 0 && y >= 0 && x < wa.length && y < wb.length && wa[x] == wb[y];
        }
        if (ok) return new int[] {sa, sb};
      }
    }
    return null;
  }

  /** A growable array of longs. */
  static final class LongList {
    private long[] v = new long[64];
    private int size;

    void add(long x) {
      if (size == v.length) v = Arrays.copyOf(v, size * 2);
      v[size++] = x;
    }

    int size() {
      return size;
    }

    /** Distinct values that occur at least {@code min} times, ascending. */
    long[] sortedRunsOfAtLeast(int min) {
      long[] s = Arrays.copyOf(v, size);
      Arrays.sort(s);
      int m = 0;
      for (int i = 0; i < s.length; ) {
        int j = i + 1;
        while (j < s.length && s[j] == s[i]) j++;
        if (j - i >= min) s[m++] = s[i];
        i = j;
      }
      return Arrays.copyOf(s, m);
    }

    long[] sortedDistinct() {
      long[] s = Arrays.copyOf(v, size);
      Arrays.sort(s);
      int m = 0;
      for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) s[m++] = s[i];
      return Arrays.copyOf(s, m);
    }
  }
}
