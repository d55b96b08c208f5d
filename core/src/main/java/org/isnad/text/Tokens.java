package org.isnad.text;

import java.util.Arrays;

/**
 * The tokens of one text, as parallel arrays of offsets (no token objects): word, number, Latin and
 * punctuation tokens, each with exact offsets into the original text.
 *
 * <p>For every token it also keeps where the word proper starts once certain proclitics are removed
 * ({@link #stemStart}) and a lookup {@link #key}: the matching form of the word without proclitics and
 * without the article ("والمعارضة" → "معارضة"), the form lexicons are keyed by.
 */
public final class Tokens {
  public static final byte WORD = 0;
  public static final byte NUMBER = 1;
  public static final byte LATIN = 2;
  public static final byte PUNCT = 3;

  private final String text;
  private int size;
  private int[] start;
  private int[] end;
  private int[] stem;
  private byte[] kind;
  private String[] key;
  private boolean[] article;
  /**
   * {@link #norm} of each token, filled when first asked: the claim readers ask for the same tokens many
   * times. A race between two threads only computes a string twice (strings are safely published).
   */
  private String[] norm;

  Tokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    stem = new int[capacity];
    kind = new byte[capacity];
    key = new String[capacity];
    article = new boolean[capacity];
  }

  void add(int s, int e, byte k) {
    if (size == start.length) {
      int cap = Math.max(16, size * 2);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      stem = Arrays.copyOf(stem, cap);
      kind = Arrays.copyOf(kind, cap);
      key = Arrays.copyOf(key, cap);
      article = Arrays.copyOf(article, cap);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    size++;
  }

  void finish(StringBuilder scratch) {
    for (int i = 0; i < size; i++) {
      int s = start[i];
      int e = end[i];
      if (kind[i] == WORD) {
        stem[i] = Clitics.safeStemStart(text, s, e);
        int a = Clitics.afterArticle(text, stem[i], e);
        article[i] = a != stem[i] || (stem[i] - s >= 2 && text.charAt(stem[i] - 1) == 'ل' && text.charAt(stem[i] - 2) == 'ل');
        scratch.setLength(0);
        key[i] = ArabicNormalizer.normalize(text, a, e, scratch).toString();
      } else {
        stem[i] = s;
        scratch.setLength(0);
        key[i] = ArabicNormalizer.normalize(text, s, e, scratch).toString();
      }
    }
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  /** Offset after the certain proclitics (و ف ب ل ك, لل); the article ال, if any, is kept except after لل. */
  public int stemStart(int i) {
    return stem[i];
  }

  public byte kind(int i) {
    return kind[i];
  }

  public boolean isWord(int i) {
    return kind[i] == WORD || kind[i] == LATIN;
  }

  /** True when the word carries the article (ال, or لل where its alef fell): "المعارضة", "للمعارضة". */
  public boolean hasArticle(int i) {
    return article[i];
  }

  /** Matching form without proclitics and article: the key lexicons use. */
  public String key(int i) {
    return key[i];
  }

  /** The token exactly as written. */
  public String surface(int i) {
    return text.substring(start[i], end[i]);
  }

  /** Matching form of the whole token, proclitics included. */
  public String norm(int i) {
    if (norm == null) norm = new String[size];
    String n = norm[i];
    if (n == null) {
      n = ArabicNormalizer.normalize(text, start[i], end[i], new StringBuilder(end[i] - start[i])).toString();
      norm[i] = n;
    }
    return n;
  }

  /** True when the token is the single character {@code c}. */
  public boolean is(int i, char c) {
    return end[i] - start[i] == 1 && text.charAt(start[i]) == c;
  }

  /** Index of the first token that starts at or after {@code offset} (binary search); {@link #size()} if none. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
