package org.isnad.clean;

import java.io.Serializable;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.model.RawDocument;
import org.isnad.read.HtmlPage;
import org.isnad.text.ArabicNormalizer;

/**
 * The lines that recur on several pages of one host in a run: the host's page template (menus, footers, "about us",
 * the same related-headline box), which no single page shows to be furniture. Built in a first, cheap pass over a
 * run's documents ({@code isnad analyze}, {@code isnad eval residue} and the Spark job build it alike, from
 * {@link #page(RawDocument)}), then read by the residue classifier as a feature of each line ({@link ResidueLines}).
 *
 * <p>A line is named by a 64-bit hash of its first {@value #KEY_WORDS} words in matching form ({@link #hash}), so that
 * a footer with a changing date still recurs (a line of prose, over {@value #WHOLE_WORDS} words, by all its words); the
 * table holds hashes and counts only, never a line's text. A page's
 * host is its address's host name without "www." ({@link #host}); without an address, its outlet label; else "".
 * Memory is bounded: the builder counts at most {@value #MAX_KEYS} distinct lines over all hosts (past that, lines not
 * yet seen count as on no other page, so a table can only miss recurrence, never invent it), and the built table
 * keeps only the lines on {@value #MIN_RECUR} pages or more. Immutable once built, and serialisable (a Spark broadcast).
 */
public final class SiteTemplate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Pages of one host a line must be on to be template. */
  static final int MIN_PAGES = 3;
  /** Pages of one host a line must be on to be kept as recurring ({@link #pages}). */
  public static final int MIN_RECUR = 2;
  static final int KEY_WORDS = 8;
  /** A line of more words than this is named by all of them ({@link #hash}). */
  static final int WHOLE_WORDS = 16;
  /** Distinct lines the builder counts, over all hosts: about 50 MB of table at most. */
  static final int MAX_KEYS = 1 << 21;

  /** No run seen: no line is template. */
  public static final SiteTemplate NONE = new SiteTemplate(Map.of());

  /** A host's recurring lines: their hashes, sorted, and the pages each is on. */
  private record Counts(long[] keys, int[] pages) implements Serializable {
    int pages(long key) {
      int k = Arrays.binarySearch(keys, key);
      return k < 0 ? 0 : pages[k];
    }
  }

  /** One page as the first pass sees it: its host and the distinct hashes of its lines. */
  public record Page(String host, long[] keys) implements Serializable {}

  private final Map<String, Counts> byHost;

  private SiteTemplate(Map<String, Counts> byHost) {
    this.byHost = byHost;
  }

  /** True when {@code line} recurs on {@value #MIN_PAGES} or more pages of {@code host} ("" when unknown). */
  public boolean contains(String host, String line) {
    return pages(host, line) >= MIN_PAGES;
  }

  /**
   * The pages of {@code host} ("" when unknown) {@code line} is on when it is on {@value #MIN_RECUR} or more, else 0
   * or 1: a line on two pages is a shared teaser or a syndicated sentence, which its page tells apart.
   */
  public int pages(String host, String line) {
    Counts c = byHost.get(host == null ? "" : host);
    return c == null ? 0 : c.pages(hash(line));
  }

  /** Lines that are template ({@value #MIN_PAGES} pages or more), over all hosts. */
  public int size() {
    int n = 0;
    for (Counts c : byHost.values()) for (int p : c.pages()) if (p >= MIN_PAGES) n++;
    return n;
  }

  /** Lines on {@value #MIN_RECUR} pages or more, over all hosts. */
  public int recurring() {
    int n = 0;
    for (Counts c : byHost.values()) n += c.keys().length;
    return n;
  }

  /**
   * The host a document's lines are counted under: its address's host name, lower-cased, without "www."; without an
   * address (or with one that names no host), its outlet label as given; else "".
   */
  public static String host(RawDocument d) {
    String url = d.url();
    if (url != null && !url.isBlank()) {
      String h = null;
      try {
        h = URI.create(url.strip().replace(" ", "%20")).getHost();
      } catch (IllegalArgumentException e) {
        // an address Java cannot parse: its host by hand below
      }
      if (h == null) {
        String u = url.strip();
        int s = u.indexOf("://");
        if (s >= 0) {
          u = u.substring(s + 3);
          int e = 0;
          while (e < u.length() && "/?#:".indexOf(u.charAt(e)) < 0) e++;
          h = e > 0 ? u.substring(0, e) : null;
        }
      }
      if (h != null) {
        h = h.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
      }
    }
    return d.outlet() == null ? "" : d.outlet().strip();
  }

  /**
   * The document as the first pass counts it: its {@link #host} and the distinct hashes of its non-blank lines (an
   * HTML body read as a page first, as the cleaner reads it).
   */
  public static Page page(RawDocument d) {
    String body = d.body() == null ? "" : d.body();
    if (d.html()) body = HtmlPage.parse(body, d.url()).text();
    return new Page(host(d), hashes(body));
  }

  /** The distinct hashes of the non-blank lines of {@code text}, sorted. */
  static long[] hashes(String text) {
    long[] out = new long[16];
    int n = 0;
    int start = 0;
    int len = text.length();
    for (int i = 0; i <= len; i++) {
      if (i < len && text.charAt(i) != '\n' && text.charAt(i) != '\r') continue;
      if (i > start) {
        long h = hash(text, start, i);
        if (h != EMPTY) {
          if (n == out.length) out = Arrays.copyOf(out, n * 2);
          out[n++] = h;
        }
      }
      start = i + 1;
    }
    Arrays.sort(out, 0, n);
    int m = 0;
    for (int k = 0; k < n; k++) if (m == 0 || out[m - 1] != out[k]) out[m++] = out[k];
    return Arrays.copyOf(out, m);
  }

  /** A line's name: a hash of its first {@value #KEY_WORDS} words in matching form. */
  static long hash(String line) {
    return hash(line, 0, line.length());
  }

  /** The hash of a line with no words. */
  private static final long EMPTY = mix(0xcbf29ce484222325L);

  /**
   * The hash of {@code s[start, end)} in matching form ({@link ArabicNormalizer}), words separated by one space whatever
   * white space is between them: of its first {@value #KEY_WORDS} words, so that a footer or a teaser with a changing
   * date still recurs; of all its words when it has more than {@value #WHOLE_WORDS} (prose, where two sentences that
   * open alike, "وأنهت عقود خام القياس العالمي مزيج برنت ..." on two days, are not one line). FNV-1a over the
   * characters, then a final mix.
   */
  static long hash(CharSequence s, int start, int end) {
    StringBuilder n = ArabicNormalizer.normalize(s, start, end, new StringBuilder(Math.min(end - start, 256)));
    long h = 0xcbf29ce484222325L;
    long head = h;
    int words = 0;
    int i = 0;
    while (i < n.length()) {
      while (i < n.length() && space(n.charAt(i))) i++;
      int w = i;
      while (i < n.length() && !space(n.charAt(i))) i++;
      if (i > w) {
        if (words++ > 0) h = (h ^ ' ') * 0x100000001b3L;
        for (int k = w; k < i; k++) h = (h ^ n.charAt(k)) * 0x100000001b3L;
        if (words == KEY_WORDS) head = h;
      }
    }
    if (words < KEY_WORDS) head = h;
    return mix(words > WHOLE_WORDS ? h : head);
  }

  /** White space, the no-break spaces included (the cleaner makes them one space). */
  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Counts, per host, the pages each line is on, for at most {@value #MAX_KEYS} distinct lines. Not thread-safe. */
  public static final class Builder {
    private final Map<String, LongCounter> pages = new HashMap<>();
    private int distinct;
    private boolean full;

    /** One page of {@code host} ("" or null when unknown) with its non-blank lines. */
    public Builder add(String host, List<String> lines) {
      StringBuilder sb = new StringBuilder();
      for (String l : lines) sb.append(l).append('\n');
      return add(new Page(host == null ? "" : host, hashes(sb.toString())));
    }

    /** One document of the run, as {@link #page} reads it. */
    public Builder add(RawDocument d) {
      return add(page(d));
    }

    /** One page, its lines already hashed ({@link #page}). */
    public Builder add(Page p) {
      LongCounter m = pages.computeIfAbsent(p.host() == null ? "" : p.host(), h -> new LongCounter());
      for (long k : p.keys()) {
        int before = m.size();
        if (!m.increment(k, distinct < MAX_KEYS)) continue;
        if (m.size() > before) distinct++;
      }
      if (distinct >= MAX_KEYS) full = true;
      return this;
    }

    /** A count already summed elsewhere (the Spark job's first pass): {@code key} is on {@code count} pages of {@code host}. */
    public Builder put(String host, long key, int count) {
      LongCounter m = pages.computeIfAbsent(host == null ? "" : host, h -> new LongCounter());
      m.add(key, count);
      return this;
    }

    /** True when {@value #MAX_KEYS} distinct lines were reached and later new lines were not counted. */
    public boolean full() {
      return full;
    }

    public SiteTemplate build() {
      Map<String, Counts> out = new HashMap<>();
      pages.forEach((host, m) -> {
        Counts c = m.atLeast(MIN_RECUR);
        if (c.keys().length > 0) out.put(host, c);
      });
      return new SiteTemplate(out);
    }
  }

  /** An open-addressing table from a line's hash to a count, with no object per entry. */
  private static final class LongCounter {
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private boolean zeroSeen;
    private int zeroCount;
    private int size;

    int size() {
      return size;
    }

    /** Adds one to {@code key}'s count; a key not yet in the table is added only when {@code mayGrow}. */
    boolean increment(long key, boolean mayGrow) {
      return add(key, 1, mayGrow);
    }

    void add(long key, int n) {
      add(key, n, true);
    }

    private boolean add(long key, int n, boolean mayGrow) {
      if (key == 0) { // 0 marks an empty slot
        if (!zeroSeen && !mayGrow) return false;
        if (!zeroSeen) size++;
        zeroSeen = true;
        zeroCount += n;
        return true;
      }
      int mask = keys.length - 1;
      int i = (int) (key ^ key >>> 32) & mask;
      while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
      if (keys[i] == key) {
        counts[i] += n;
        return true;
      }
      if (!mayGrow) return false;
      keys[i] = key;
      counts[i] = n;
      if (++size * 2 > keys.length) grow();
      return true;
    }

    private void grow() {
      long[] k = keys;
      int[] c = counts;
      keys = new long[k.length * 2];
      counts = new int[k.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < k.length; j++) {
        if (k[j] == 0) continue;
        int i = (int) (k[j] ^ k[j] >>> 32) & mask;
        while (keys[i] != 0) i = (i + 1) & mask;
        keys[i] = k[j];
        counts[i] = c[j];
      }
    }

    /** The keys counted {@code min} times or more, sorted, with their counts. */
    Counts atLeast(int min) {
      int n = zeroSeen && zeroCount >= min ? 1 : 0;
      for (int j = 0; j < keys.length; j++) if (keys[j] != 0 && counts[j] >= min) n++;
      long[] ks = new long[n];
      int m = 0;
      if (zeroSeen && zeroCount >= min) ks[m++] = 0;
      for (int j = 0; j < keys.length; j++) if (keys[j] != 0 && counts[j] >= min) ks[m++] = keys[j];
      Arrays.sort(ks);
      int[] ps = new int[n];
      for (int j = 0; j < n; j++) ps[j] = ks[j] == 0 ? zeroCount : get(ks[j]);
      return new Counts(ks, ps);
    }

    private int get(long key) {
      int mask = keys.length - 1;
      int i = (int) (key ^ key >>> 32) & mask;
      while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
      return keys[i] == key ? counts[i] : 0;
    }
  }
}
