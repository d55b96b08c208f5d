package org.isnad.link;

import org.isnad.text.HashMix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.model.Claim;

/**
 * Merges claims from different articles that report the same real-world event.
 *
 * <p>Two claims are merged when they have the same PLOVER type, their dates (the claim's own date, else
 * the article's publication date) are at most {@link #WINDOW_DAYS} apart, and they share an actor, a
 * target or a place (canonical id, else the same words), or their sentences share at least half of their
 * content words (estimated by a MinHash sketch: the same statement, copied or paraphrased, even when the
 * extractor resolved no actor or place); or when they have the same type and lie in the two sides of one
 * copied passage. Candidates are found by keyed groups only: each claim emits one key
 * per (type, day bucket, slot value) and per (type, day bucket, sketch band), with two overlapping day buckets so that any two claims within the
 * window share a bucket; a key held by more than {@link #MAX_GROUP} claims (an actor as generic as a
 * country on a busy day) is too coarse to merge on and is skipped. Merging is transitive (union-find),
 * so each claim belongs to exactly one event.
 *
 * <p>A claim that merges with nothing is an event of its own, reported by one article: this keeps
 * {@code event} set on every claim and shows single-source reports for what they are
 * ({@code independent_sources} 1).
 */
public final class EventMerger {
  public static final int WINDOW_DAYS = 1;
  public static final int MAX_GROUP = 100;

  /** A claim with the index of its article in the digest list and its resolved day. */
  /** @param words the hashes of the distinct words of the claim's sentence that its sketch is of, sorted (null without a sketch) */
  public record Item(Claim claim, int doc, int day, String actor, String target, String place, int[] sketch, int[] words) {}

  /** Sketch of a claim sentence's words, for paraphrases: {@link #SKETCH_BANDS} bands of {@link #SKETCH_ROWS}. */
  static final int SKETCH_BANDS = 6;
  static final int SKETCH_ROWS = 3;
  /** Two claims whose sentence sketches agree this much say the same thing in other words (or the same words). */
  static final double PARAPHRASE = 0.5;
  /** Two claims sharing one slot must also share this much of their words to be one event. */
  static final double RELATED = 0.2;
  /**
   * Claims joined on their slots (but an actor or target in one town) must hold this share of the shorter
   * sentence's words in common ({@link #containment}). Chosen on half of issue 15's judged merge pairs
   * (docs/judging, CRC32 of the event id even) as the lowest share at which the judged pairs were at least
   * 90% one event (0.25: 44 of 47; below it 13 of 44: a background sentence, another front, another
   * reaction).
   */
  static final double LINKED = 0.25;
  private static final MinHasher SENTENCES = new MinHasher(SKETCH_BANDS * SKETCH_ROWS, 0xC1A1);

  /** Items with their keys, from the claims of every digest in order. */
  public static List<Item> items(List<ArticleDigest> docs) {
    List<Item> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) out.addAll(items(docs.get(d), d));
    return out;
  }

  /** The items of one article, {@code doc} its index, in the order of its claims. */
  public static List<Item> items(ArticleDigest a, int doc) {
    List<Item> out = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      int day = EpochDay.parse(c.date());
      if (day == EpochDay.UNKNOWN) day = a.day();
      Sketch s = sketch(c.sentence());
      out.add(new Item(c, doc, day, ClaimKeys.of(c.actor()), ClaimKeys.of(c.target()), "dateline".equals(c.locationBasis()) ? null : ClaimKeys.of(c.location()),
          s == null ? null : s.minHash(), s == null ? null : s.words()));
    }
    return out;
  }

  /**
   * Groups of item indices, each an event, in order of their first item. The same steps, each a keyed
   * group, are what the Spark job runs apart: {@link #keys} of every item, {@link #keyEdges} of each key's
   * group, {@link #passageEdges} of each copied passage, and one {@link DaySpans} taking the edges in order
   * (key groups by key, then passages in order).
   */
  public List<int[]> merge(List<Item> items, List<ReuseDetector.Passage> passages, int docCount) {
    int n = items.size();
    int[] days = new int[n];
    for (int i = 0; i < n; i++) days[i] = items.get(i).day();
    DaySpans span = new DaySpans(days);
    ReuseDetector.LongList entries = new ReuseDetector.LongList();
    for (int i = 0; i < n; i++) {
      for (int key : keys(items.get(i))) entries.add(((long) key << 32) | i);
    }
    long[] e = entries.sortedDistinct();
    for (int i = 0; i < e.length; ) {
      int j = i + 1;
      int key = (int) (e[i] >>> 32);
      while (j < e.length && (int) (e[j] >>> 32) == key) j++;
      if (j - i >= 2 && j - i <= MAX_GROUP) {
        int[] index = new int[j - i];
        Item[] members = new Item[j - i];
        for (int x = i; x < j; x++) {
          index[x - i] = (int) e[x];
          members[x - i] = items.get(index[x - i]);
        }
        span.apply(keyEdges(index, members));
      }
      i = j;
    }
    // The same copied passage: claims inside its two sides.
    List<List<Integer>> byDoc = new ArrayList<>(docCount);
    for (int d = 0; d < docCount; d++) byDoc.add(null);
    for (int i = 0; i < n; i++) {
      int d = items.get(i).doc();
      if (byDoc.get(d) == null) byDoc.set(d, new ArrayList<>(4));
      byDoc.get(d).add(i);
    }
    for (ReuseDetector.Passage p : passages) {
      List<Integer> ca = byDoc.get(p.a());
      List<Integer> cb = byDoc.get(p.b());
      if (ca == null || cb == null) continue;
      span.apply(passageEdges(p, indices(ca), members(items, ca), indices(cb), members(items, cb)));
    }
    return groups(span.firstOfGroups());
  }

  private static int[] indices(List<Integer> l) {
    int[] out = new int[l.size()];
    for (int i = 0; i < out.length; i++) out[i] = l.get(i);
    return out;
  }

  private static Item[] members(List<Item> items, List<Integer> l) {
    Item[] out = new Item[l.size()];
    for (int i = 0; i < out.length; i++) out[i] = items.get(l.get(i));
    return out;
  }

  /**
   * The blocking keys of one item, distinct, in no particular order: one per (type, day bucket, sketch
   * band) and per (type, day bucket, slot value), with two overlapping day buckets so that any two claims
   * within the window share one. None for a claim without a type.
   */
  public static int[] keys(Item it) {
    if (it.claim().type() == null) return new int[0];
    int[] out = new int[(SKETCH_BANDS + 3) * (WINDOW_DAYS + 1)];
    int k = 0;
    if (it.sketch() != null) {
      for (int band = 0; band < SKETCH_BANDS; band++) {
        long bk = MinHasher.bandKey(it.sketch(), band, SKETCH_ROWS);
        for (int bucket = 0; bucket <= WINDOW_DAYS; bucket++) {
          long day = it.day() == EpochDay.UNKNOWN ? Long.MIN_VALUE : it.day() + bucket;
          if (it.day() == EpochDay.UNKNOWN && bucket > 0) break;
          out[k++] = HashMix.mix(Objects.hash(it.claim().type(), day, bk));
        }
      }
    }
    for (String slot : new String[] {it.actor(), it.target(), it.place()}) {
      if (slot == null) continue;
      for (int bucket = 0; bucket <= WINDOW_DAYS; bucket++) {
        long day = it.day() == EpochDay.UNKNOWN ? Long.MIN_VALUE : it.day() + bucket;
        if (it.day() == EpochDay.UNKNOWN && bucket > 0) break;
        out[k++] = HashMix.mix(Objects.hash(it.claim().type(), day, slot));
      }
    }
    java.util.Arrays.sort(out, 0, k);
    int m = 0;
    for (int i = 0; i < k; i++) if (i == 0 || out[i] != out[m - 1]) out[m++] = out[i];
    return java.util.Arrays.copyOf(out, m);
  }

  /**
   * The edges of one key's group (item indices ascending and distinct, with their items; a group of 2 to
   * {@link #MAX_GROUP}): the pairs from two articles that report one event, flattened ({@code x0, y0, x1,
   * y1, …}) in the order the union takes them.
   */
  public static int[] keyEdges(int[] index, Item[] members) {
    IntList out = new IntList();
    for (int x = 0; x < index.length; x++) {
      Item a = members[x];
      for (int y = x + 1; y < index.length; y++) {
        Item b = members[y];
        if (a.doc() != b.doc() && compatible(a, b) && sameEvent(a, b)) out.add(index[x], index[y]);
      }
    }
    return out.toArray();
  }

  /**
   * The edges of one copied passage: each typed claim inside its first side with each compatible claim
   * inside its second; {@code aIndex}/{@code a} are the items of the passage's first article in order,
   * {@code bIndex}/{@code b} of its second.
   */
  public static int[] passageEdges(ReuseDetector.Passage p, int[] aIndex, Item[] a, int[] bIndex, Item[] b) {
    IntList out = new IntList();
    for (int x = 0; x < aIndex.length; x++) {
      Claim ca = a[x].claim();
      if (ca.type() == null || ca.end() <= p.aStart() || ca.start() >= p.aEnd()) continue;
      for (int y = 0; y < bIndex.length; y++) {
        Claim cb = b[y].claim();
        if (cb.end() <= p.bStart() || cb.start() >= p.bEnd()) continue;
        if (compatible(a[x], b[y])) out.add(aIndex[x], bIndex[y]);
      }
    }
    return out.toArray();
  }

  /** Groups of item indices from each item's first ({@link DaySpans#firstOfGroups}), in order of their first item. */
  public static List<int[]> groups(int[] first) {
    int n = first.length;
    int[] size = new int[n];
    for (int i = 0; i < n; i++) size[first[i]]++;
    int[][] groups = new int[n][];
    int[] fill = new int[n];
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = first[i];
      if (groups[r] == null) {
        groups[r] = new int[size[r]];
        out.add(groups[r]);
      }
      groups[r][fill[r]++] = i;
    }
    return out;
  }

  /** A growable list of ints, for edges. */
  private static final class IntList {
    private int[] v = new int[8];
    private int size;

    void add(int x, int y) {
      if (size + 2 > v.length) v = java.util.Arrays.copyOf(v, v.length * 2);
      v[size++] = x;
      v[size++] = y;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(v, size);
    }
  }

  /** A sentence's MinHash signature and the sorted hashes of its distinct words (what {@link #containment} needs). */
  record Sketch(int[] minHash, int[] words) {}

  /**
   * The sketch of the sentence's word keys of three letters or more (the little words say nothing of the event);
   * null for a sentence of fewer than five.
   */
  static Sketch sketch(String sentence) {
    if (sentence == null) return null;
    org.isnad.text.Tokens t = org.isnad.text.Tokenizer.tokenize(sentence);
    int[] f = new int[t.size()];
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) == org.isnad.text.Tokens.PUNCT || t.key(i).length() < 3) continue;
      f[n++] = HashMix.mix(t.key(i).hashCode());
    }
    if (n < 5) return null;
    int[] sig = SENTENCES.signature(f, n);
    java.util.Arrays.sort(f, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) if (i == 0 || f[i] != f[i - 1]) f[distinct++] = f[i];
    return new Sketch(sig, java.util.Arrays.copyOf(f, distinct));
  }

  /**
   * The share of the shorter sentence's words that the other holds (exact, from the sorted word hashes);
   * -1 without them. A sentence that recalls an event in passing ("القصف ... الذي تسبب في مقتل 40 شخصا")
   * holds much of a short report of it while sharing little of its own length, which a Jaccard estimate
   * from 18 hashes cannot tell from chance.
   */
  static double containment(Item a, Item b) {
    int[] x = a.words(), y = b.words();
    if (x == null || y == null || x.length == 0 || y.length == 0) return -1;
    int i = 0, j = 0, both = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        both++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) both / Math.min(x.length, y.length);
  }

  static boolean compatible(Item a, Item b) {
    return Objects.equals(a.claim().type(), b.claim().type()) && EpochDay.near(a.day(), b.day(), WINDOW_DAYS);
  }

  static boolean sameStatement(Item a, Item b) {
    return a.sketch() != null && b.sketch() != null && MinHasher.similarity(a.sketch(), b.sketch()) >= PARAPHRASE;
  }

  /**
   * Two claims of one type within the window report one event when they say the same thing (sketches
   * agree on {@link #PARAPHRASE}), or share two slots (actor and place, actor and target …), or share a
   * gazetteer place below the country, or share one slot and some of their words ({@link #RELATED}): one shared actor alone ("روسيا" on a busy day) joins
   * every act of that actor, and chains of such joins had merged 27,355 ANT claims into one "attack".
   */
  static boolean sameEvent(Item a, Item b) {
    if (sameStatement(a, b)) return true;
    int shared = sharedSlots(a, b);
    boolean town = a.place() != null && a.place().equals(b.place()) && a.place().startsWith("place.");
    // an actor (or target) in one town on one day is one act however it is worded
    if (shared >= 2 && town) return true;
    // other slots alone join two fronts of one war or two reactions to one act: the sentences must share words
    double held = containment(a, b);
    if (held >= 0 && held < LINKED) return false;
    if (shared >= 2) return true;
    // one town or district on one day is specific enough; one country or actor is not
    if (town) return true;
    return shared == 1 && a.sketch() != null && b.sketch() != null && MinHasher.similarity(a.sketch(), b.sketch()) >= RELATED;
  }

  static int sharedSlots(Item a, Item b) {
    String[] sa = {a.actor(), a.target(), a.place()};
    String[] sb = {b.actor(), b.target(), b.place()};
    int n = 0;
    for (String x : sa) {
      if (x == null) continue;
      for (String y : sb) {
        if (x.equals(y)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  static boolean sharesSlot(Item a, Item b) {
    return sharedSlots(a, b) > 0;
  }

  /**
   * Union-find that keeps each group's days within the window: a join that would stretch a group over more
   * than {@link #WINDOW_DAYS} days is refused, so that day-by-day chains (each pair a day apart) cannot
   * make one event of a month of reporting. An undated claim takes its group's span.
   */
  public static final class DaySpans {
    private final UnionFind groups;
    private final int[] min;
    private final int[] max;

    /** Over items with these days ({@link EpochDay#UNKNOWN} for an undated one). */
    public DaySpans(int[] days) {
      int n = days.length;
      groups = new UnionFind(n);
      min = days.clone();
      max = days.clone();
    }

    /** Takes flattened edges ({@code x0, y0, x1, y1, …}) in order. */
    public void apply(int[] edges) {
      for (int i = 0; i + 1 < edges.length; i += 2) union(edges[i], edges[i + 1]);
    }

    void union(int a, int b) {
      int ra = groups.find(a), rb = groups.find(b);
      if (ra == rb) return;
      int lo, hi;
      if (min[ra] == EpochDay.UNKNOWN || min[rb] == EpochDay.UNKNOWN) {
        int known = min[ra] == EpochDay.UNKNOWN ? rb : ra;
        lo = min[known];
        hi = max[known];
      } else {
        lo = Math.min(min[ra], min[rb]);
        hi = Math.max(max[ra], max[rb]);
        if (hi - lo > WINDOW_DAYS) return;
      }
      groups.union(ra, rb);
      int r = groups.find(ra);
      min[r] = lo;
      max[r] = hi;
    }

    /** For each item, the smallest item index of its group (the union's root). */
    public int[] firstOfGroups() {
      int[] out = new int[min.length];
      for (int i = 0; i < out.length; i++) out[i] = groups.find(i);
      return out;
    }
  }
}
