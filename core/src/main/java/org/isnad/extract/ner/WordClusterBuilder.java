package org.isnad.extract.ner;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * Word clusters from unlabelled news, the name finder's lever on names it never saw labelled: words
 * used in the same contexts ("قال X إن", "في مدينة X") fall in the same cluster, so an unseen first name
 * or town shares a feature with known ones.
 *
 * <p>Method (deterministic, a few minutes on one core): count each frequent word's neighbours, two
 * either side, among the most frequent tokens (a block of columns per position), weight the counts by
 * positive PMI and run spherical k-means on the exact sparse rows (fine clusters); the fine centroids are
 * clustered again into coarse clusters, and each fine cluster is split again into finest ones. Each word
 * also gets a log2 frequency bucket. An earlier version projected the rows to 160 random dimensions
 * first; the exact rows cost less (only their non-zeros are read) and let the context vocabulary grow
 * from 500 to 4,000 words, which gave +1.3 F1 in cross-validation. Output: gzip TSV
 * {@code key, coarse, fine, freq, finest} with a header saying how it was made.
 */
public final class WordClusterBuilder {
  /**
   * Which contexts make a word's vector. {@link #NEIGHBOURS}: the two words either side, each position
   * a block of columns ("قال X إن"). {@link #LEFT}: only the two words before, so words that follow the
   * same words group together whatever comes after (titles before names: "الرئيس X", "المهاجم X").
   * {@link #TOPIC}: the words up to {@value #TOPIC_WINDOW} tokens either side, in any position, leaving out
   * the {@value #TOPIC_SKIP} most frequent: the article's subject, so a club's name falls with football
   * and a city's with the war ("ليل" as Lille the club or the town is still one word, but "بنفيكا" and
   * "برشلونة" land with "مباراة" and "دوري").
   */
  public enum View {
    NEIGHBOURS("clusters.tsv.gz"), LEFT("left-clusters.tsv.gz"), TOPIC("topic-clusters.tsv.gz");

    /** The file name for this view's clusters. */
    public final String file;

    View(String file) {
      this.file = file;
    }
  }

  static final int TOPIC_WINDOW = 8;
  static final int TOPIC_SKIP = 100;

  /**
   * View, sizes and seed; {@link #SHIPPED} made the shipped {@code clusters.tsv.gz}. The other two views
   * ({@link #SHIPPED_LEFT}, {@link #SHIPPED_TOPIC}) as extra name-finder features gave +0.4 F1 in
   * cross-validation over three seeds but −0.6 on test, so they are not shipped (models/ner/README.md).
   */
  public record Settings(View view, int words, int contexts, int fine, int coarse, int split, int iterations, int minCount, long seed) {
    public static final Settings SHIPPED = new Settings(View.NEIGHBOURS, 60000, 4000, 500, 50, 4, 15, 5, 20260423L);
    public static final Settings SHIPPED_LEFT = SHIPPED.withView(View.LEFT);
    public static final Settings SHIPPED_TOPIC = new Settings(View.TOPIC, 60000, 2000, 100, 20, 1, 15, 5, 20260423L);

    /** These settings with another vocabulary size. */
    public Settings withWords(int words) {
      return new Settings(view, words, contexts, fine, coarse, split, iterations, minCount, seed);
    }

    /** These settings for another view. */
    public Settings withView(View view) {
      return new Settings(view, words, contexts, fine, coarse, split, iterations, minCount, seed);
    }
  }

  private final Map<String, Integer> ids = new HashMap<>(1 << 20);
  private final List<String> names = new ArrayList<>();
  private int[] stream = new int[1 << 22];
  private int length;
  private long documents;

  /** An empty builder: add news, then write one clustering per view. */
  public WordClusterBuilder() {}

  private int id(String s) {
    Integer id = ids.get(s);
    if (id == null) {
      id = names.size();
      ids.put(s, id);
      names.add(s);
    }
    return id;
  }

  private void push(int id) {
    if (length == stream.length) stream = Arrays.copyOf(stream, stream.length * 2);
    stream[length++] = id;
  }

  /** Adds the title and text of every article in a JSON-lines file (gzip when named .gz). */
  public void addNews(Path file) throws IOException {
    int boundary = id("<s>");
    NewsFile.forEachArticle(file, texts -> {
      for (String text : texts) {
        push(boundary);
        Tokens t = Tokenizer.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
          push(id(t.kind(i) == Tokens.NUMBER ? "<num>" : t.key(i)));
        }
      }
      documents++;
    });
    push(boundary);
  }

  /** Builds the clusters of the news added so far under settings {@code s} and writes them to {@code out}. */
  public void write(Settings s, Path out, List<String> sources) throws IOException {
    int types = names.size();
    long[] freq = new long[types];
    for (int k = 0; k < length; k++) freq[stream[k]]++;
    Integer[] byFreq = new Integer[types];
    for (int k = 0; k < types; k++) byFreq[k] = k;
    Arrays.sort(byFreq, (a, b) -> freq[b] != freq[a] ? Long.compare(freq[b], freq[a]) : names.get(a).compareTo(names.get(b)));
    int[] row = new int[types];
    int[] col = new int[types];
    Arrays.fill(row, -1);
    Arrays.fill(col, -1);
    int skip = s.view() == View.TOPIC ? Math.min(TOPIC_SKIP, types) : 0;
    int C = Math.min(s.contexts(), types - skip);
    for (int k = 0; k < C; k++) col[byFreq[skip + k]] = k;
    List<Integer> vocab = new ArrayList<>();
    for (int k = 0; k < types && vocab.size() < s.words(); k++) {
      int id = byFreq[k];
      if (freq[id] < s.minCount()) break;
      if (!isWord(names.get(id))) continue;
      row[id] = vocab.size();
      vocab.add(id);
    }
    int V = vocab.size();
    Counts counts = s.view() == View.TOPIC ? windowCounts(row, col, V, C) : neighbourCounts(row, col, V, C, s.view() == View.LEFT);
    int[] rowPtr = counts.ptr();
    int[] colIdx = counts.col();
    int[] count = counts.count();
    int W = counts.width();
    double[] rowSum = new double[V];
    double[] colSum = new double[W];
    for (int r = 0; r < V; r++) {
      for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
        rowSum[r] += count[k];
        colSum[colIdx[k]] += count[k];
      }
    }
    // positive PMI, context distribution smoothed (^0.75)
    double colTotal = 0;
    for (int c = 0; c < W; c++) {
      colSum[c] = Math.pow(colSum[c], 0.75);
      colTotal += colSum[c];
    }
    // exact PPMI rows, sparse (CSR) and unit length: k-means on them costs the non-zeros, not the width;
    // a pair with non-positive PMI keeps its place with weight 0
    float[] val = new float[colIdx.length];
    for (int r = 0; r < V; r++) {
      double norm = 0;
      for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
        double pmi = Math.log((count[k] / rowSum[r]) / (colSum[colIdx[k]] / colTotal));
        if (pmi <= 0) continue;
        val[k] = (float) pmi;
        norm += pmi * pmi;
      }
      float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) val[k] *= inv;
    }
    Random random = new Random(s.seed());
    Rows all = new Rows(rowPtr, colIdx, val, W);
    int K = Math.min(s.fine(), V);
    int[] fine = all.kmeans(null, K, s.iterations(), random);
    float[] centroids = all.centroids(null, fine, K);
    int[] coarseOfFine = kmeans(centroids, K, W, Math.min(s.coarse(), s.fine()), s.iterations(), random);
    // finest: each fine cluster split in s.split() by k-means within it
    int[] finest = new int[V];
    for (int f = 0; f < K; f++) {
      int size = 0;
      for (int r = 0; r < V; r++) if (fine[r] == f) size++;
      int[] members = new int[size];
      int m = 0;
      for (int r = 0; r < V; r++) if (fine[r] == f) members[m++] = r;
      int parts = Math.min(s.split(), size);
      int[] a = parts <= 1 ? new int[size] : all.kmeans(members, parts, s.iterations(), random);
      for (int k = 0; k < size; k++) finest[members[k]] = f * s.split() + a[k];
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      w.println("# Word clusters for the name finder, learned from unlabelled news by WordClusterBuilder (isnad train ner --clusters-from ...).");
      w.println("# Sources: " + String.join(", ", sources) + "; " + documents + " articles, " + length + " tokens.");
      w.println("# Settings: " + s + ". Words: the " + V + " most frequent keys (Tokens.key) seen at least " + s.minCount() + " times.");
      w.println("# Columns: key, coarse cluster, fine cluster, log2 frequency bucket (1 + floor(log2 count)), finest cluster (fine split in " + s.split() + ").");
      for (int r = 0; r < V; r++) {
        int id = vocab.get(r);
        int bucket = 1 + (63 - Long.numberOfLeadingZeros(freq[id]));
        w.println(names.get(id) + "\t" + coarseOfFine[fine[r]] + "\t" + fine[r] + "\t" + bucket + "\t" + finest[r]);
      }
    }
  }

  /** Co-occurrence counts as CSR rows: row {@code r}'s columns {@code col[ptr[r]..ptr[r + 1])}, ascending. */
  private record Counts(int[] ptr, int[] col, int[] count, int width) {}

  /**
   * Counts of the context words two either side (only before, when {@code leftOnly}), a block of {@code C}
   * columns per position. Co-occurrences are (row, column) keys, sorted and run-length counted: memory
   * grows with the corpus, not with vocabulary × contexts.
   */
  private Counts neighbourCounts(int[] row, int[] col, int V, int C, boolean leftOnly) {
    int W = 4 * C; // blocks: two words before, one before, one after, two after
    long[] pairs = new long[1 << 20];
    int np = 0;
    for (int k = 2; k + 2 < length; k++) {
      int r = row[stream[k]];
      if (r < 0) continue;
      if (np + 4 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
      long base = (long) r * W;
      int c;
      if ((c = col[stream[k - 2]]) >= 0) pairs[np++] = base + c;
      if ((c = col[stream[k - 1]]) >= 0) pairs[np++] = base + C + c;
      if (leftOnly) continue;
      if ((c = col[stream[k + 1]]) >= 0) pairs[np++] = base + 2 * C + c;
      if ((c = col[stream[k + 2]]) >= 0) pairs[np++] = base + 3 * C + c;
    }
    Arrays.sort(pairs, 0, np);
    int[] ptr = new int[V + 1];
    int distinct = 0;
    for (int k = 0; k < np; k++) if (k == 0 || pairs[k] != pairs[k - 1]) distinct++;
    int[] cols = new int[distinct];
    int[] count = new int[distinct];
    int at = -1;
    for (int k = 0; k < np; k++) {
      int r = (int) (pairs[k] / W);
      if (k == 0 || pairs[k] != pairs[k - 1]) {
        at++;
        cols[at] = (int) (pairs[k] % W);
        ptr[r + 1] = at + 1;
      }
      count[at]++;
    }
    for (int r = 0; r < V; r++) ptr[r + 1] = Math.max(ptr[r + 1], ptr[r]);
    return new Counts(ptr, cols, count, W);
  }

  /**
   * Counts of the context words within {@link #TOPIC_WINDOW} tokens either side, position ignored, not
   * across a title or article boundary: a dense table (vocabulary × {@code C}), as such windows fill
   * most of it for frequent words.
   */
  private Counts windowCounts(int[] row, int[] col, int V, int C) {
    int[] dense = new int[V * C];
    int boundary = ids.getOrDefault("<s>", -1);
    int start = 0; // first token after the last boundary
    for (int k = 0; k < length; k++) {
      if (stream[k] == boundary) {
        start = k + 1;
        continue;
      }
      int r = row[stream[k]];
      if (r < 0) continue;
      int base = r * C;
      for (int x = Math.max(start, k - TOPIC_WINDOW); x < k; x++) {
        int c = col[stream[x]];
        if (c >= 0) dense[base + c]++;
      }
      for (int x = k + 1; x <= k + TOPIC_WINDOW && x < length && stream[x] != boundary; x++) {
        int c = col[stream[x]];
        if (c >= 0) dense[base + c]++;
      }
    }
    int nz = 0;
    for (int v : dense) if (v != 0) nz++;
    int[] ptr = new int[V + 1];
    int[] cols = new int[nz];
    int[] count = new int[nz];
    int at = 0;
    for (int r = 0; r < V; r++) {
      for (int c = 0; c < C; c++) {
        int v = dense[r * C + c];
        if (v == 0) continue;
        cols[at] = c;
        count[at++] = v;
      }
      ptr[r + 1] = at;
    }
    return new Counts(ptr, cols, count, C);
  }

  /** Unit-length sparse rows (CSR) of width {@code d}, clustered by spherical k-means against dense centroids. */
  private record Rows(int[] ptr, int[] col, float[] val, int d) {
    /** Spherical k-means of the rows {@code members} (all rows when null); seeded initial picks. */
    int[] kmeans(int[] members, int k, int iterations, Random random) {
      int n = members == null ? ptr.length - 1 : members.length;
      float[] cent = new float[k * d];
      int[] pick = seededPicks(n, k, random);
      for (int i = 0; i < k; i++) {
        int row = members == null ? pick[i] : members[pick[i]];
        for (int x = ptr[row]; x < ptr[row + 1]; x++) cent[i * d + col[x]] += val[x];
      }
      int[] assign = new int[n];
      for (int it = 0; it < iterations; it++) {
        for (int i = 0; i < n; i++) {
          int row = members == null ? i : members[i];
          float best = Float.NEGATIVE_INFINITY;
          int arg = 0;
          for (int c = 0; c < k; c++) {
            int co = c * d;
            float dot = 0;
            for (int x = ptr[row]; x < ptr[row + 1]; x++) dot += val[x] * cent[co + col[x]];
            if (dot > best) {
              best = dot;
              arg = c;
            }
          }
          assign[i] = arg;
        }
        adoptNonEmpty(centroids(members, assign, k), cent, k, d);
      }
      return assign;
    }

    /** Unit-length means of the rows {@code members} (all when null) per cluster. */
    float[] centroids(int[] members, int[] assign, int k) {
      float[] cent = new float[k * d];
      for (int i = 0; i < assign.length; i++) {
        int row = members == null ? i : members[i];
        int co = assign[i] * d;
        for (int x = ptr[row]; x < ptr[row + 1]; x++) cent[co + col[x]] += val[x];
      }
      for (int c = 0; c < k; c++) normalize(cent, c * d, d);
      return cent;
    }
  }

  private static boolean isWord(String key) {
    if (key.isEmpty() || key.startsWith("<")) return false;
    return Character.isLetter(key.charAt(0));
  }

  /** The first {@code k} of a partial seeded shuffle of {@code 0..n-1}: the initial centroids' rows. */
  private static int[] seededPicks(int n, int k, Random random) {
    int[] pick = new int[n];
    for (int i = 0; i < n; i++) pick[i] = i;
    for (int i = 0; i < k; i++) {
      int r = i + random.nextInt(n - i);
      int t = pick[i];
      pick[i] = pick[r];
      pick[r] = t;
    }
    return pick;
  }

  /** Copies each of the {@code k} new centroids into {@code cent} unless it is empty (no members), which keeps the old one. */
  private static void adoptNonEmpty(float[] next, float[] cent, int k, int d) {
    for (int c = 0; c < k; c++) {
      boolean empty = true;
      for (int x = 0; x < d && empty; x++) empty = next[c * d + x] == 0;
      if (!empty) System.arraycopy(next, c * d, cent, c * d, d);
    }
  }

  private static void normalize(float[] v, int off, int d) {
    double n = 0;
    for (int k = 0; k < d; k++) n += v[off + k] * v[off + k];
    if (n == 0) return;
    float inv = (float) (1 / Math.sqrt(n));
    for (int k = 0; k < d; k++) v[off + k] *= inv;
  }

  /** Spherical k-means: assignment by largest dot product with unit centroids; seeded initial picks. */
  private static int[] kmeans(float[] vec, int n, int d, int k, int iterations, Random random) {
    float[] cent = new float[k * d];
    int[] pick = seededPicks(n, k, random);
    for (int i = 0; i < k; i++) System.arraycopy(vec, pick[i] * d, cent, i * d, d);
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      for (int i = 0; i < n; i++) {
        int off = i * d;
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int c = 0; c < k; c++) {
          int co = c * d;
          float d0 = 0, d1 = 0, d2 = 0, d3 = 0;
          int x = 0;
          for (; x + 4 <= d; x += 4) {
            d0 += vec[off + x] * cent[co + x];
            d1 += vec[off + x + 1] * cent[co + x + 1];
            d2 += vec[off + x + 2] * cent[co + x + 2];
            d3 += vec[off + x + 3] * cent[co + x + 3];
          }
          for (; x < d; x++) d0 += vec[off + x] * cent[co + x];
          float dot = (d0 + d1) + (d2 + d3);
          if (dot > best) {
            best = dot;
            arg = c;
          }
        }
        assign[i] = arg;
      }
      adoptNonEmpty(centroids(vec, n, d, assign, k), cent, k, d);
    }
    return assign;
  }

  private static float[] centroids(float[] vec, int n, int d, int[] assign, int k) {
    float[] cent = new float[k * d];
    for (int i = 0; i < n; i++) {
      int co = assign[i] * d;
      for (int x = 0; x < d; x++) cent[co + x] += vec[i * d + x];
    }
    for (int c = 0; c < k; c++) normalize(cent, c * d, d);
    return cent;
  }
}
