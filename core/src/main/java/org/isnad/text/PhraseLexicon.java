package org.isnad.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Multi-word phrases keyed by their tokens' lookup keys ({@link Tokens#key}), matched longest-first at a
 * token position. Because keys drop proclitics and the article, "المعارضة المسلحة" in the lexicon
 * matches "والمعارضة المسلحة" and "للمعارضة المسلحة"; a first token whose proclitics are uncertain
 * ("بحلب", "وإدلب") is retried without them ({@link Clitics#candidateStarts}), the full word first.
 *
 * <p>Immutable once built; safe to share between threads.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseLexicon<V> {
  private static final class Node<V> {
    Map<String, Node<V>> next;
    V value;
  }

  /** A phrase found at tokens {@code [firstToken, endToken)}; {@code start} is after any proclitics. */
  public record Match<V>(int firstToken, int endToken, int start, int end, V value) {}

  private final Node<V> root = new Node<>();
  private int size;

  /** Adds a phrase (as written; it is tokenised and keyed here). A later value for the same phrase wins. */
  public PhraseLexicon<V> add(String phrase, V value) {
    Tokens t = Tokenizer.tokenize(phrase);
    if (t.size() == 0) return this;
    Node<V> n = root;
    for (int i = 0; i < t.size(); i++) {
      if (n.next == null) n.next = new HashMap<>(4);
      n = n.next.computeIfAbsent(t.key(i), k -> new Node<>());
    }
    if (n.value == null) size++;
    n.value = value;
    return this;
  }

  public int size() {
    return size;
  }

  /** Whether the single-word phrase with this key is present. */
  public V get(String key) {
    Node<V> n = root.next == null ? null : root.next.get(key);
    return n == null ? null : n.value;
  }

  /** The longest phrase starting at token {@code i} and ending before token {@code limit}, or {@code null}. */
  public Match<V> match(Tokens t, int i, int limit) {
    if (root.next == null || i >= limit) return null;
    Match<V> best = longest(t, root.next.get(t.key(i)), i, limit, t.stemStart(i));
    if (best != null || t.kind(i) != Tokens.WORD) return best;
    int[] starts = new int[2];
    int k = Clitics.candidateStarts(t.text(), t.start(i), t.end(i), starts);
    StringBuilder sb = new StringBuilder(t.end(i) - t.start(i));
    for (int c = 0; c < k && best == null; c++) {
      int s = starts[c];
      if (s <= t.stemStart(i)) continue; // already tried as the safe stem
      int a = Clitics.afterArticle(t.text(), s, t.end(i));
      sb.setLength(0);
      String key = ArabicNormalizer.normalize(t.text(), a, t.end(i), sb).toString();
      best = longest(t, root.next.get(key), i, limit, s);
    }
    return best;
  }

  /** Same as {@link #match(Tokens, int, int)} up to the end of the text. */
  public Match<V> match(Tokens t, int i) {
    return match(t, i, t.size());
  }

  private Match<V> longest(Tokens t, Node<V> n, int i, int limit, int start) {
    Match<V> best = null;
    int j = i;
    while (n != null) {
      if (n.value != null) best = new Match<>(i, j + 1, start, t.end(j), n.value);
      if (n.next == null || j + 1 >= limit) break;
      j++;
      n = n.next.get(t.key(j));
    }
    return best;
  }
}
