package org.isnad.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;

/**
 * The lines that recur on many pages of one host in a run: the host's page template (menus, footers, "about us",
 * the same related-headline box), which no single page shows to be furniture. Built in a first pass over a run's
 * documents, then read by the residue classifier as a feature of each line ({@link ResidueLines}). A line is named
 * by its first {@value #KEY_WORDS} words in matching form, so that a footer with a changing date still recurs.
 * Immutable once built.
 */
public final class SiteTemplate {
  /** Pages of one host a line must be on to be template. */
  static final int MIN_PAGES = 3;
  /** Pages of one host a line must be on to be kept as recurring ({@link #pages}). */
  static final int MIN_RECUR = 2;
  static final int KEY_WORDS = 8;

  /** No run seen: no line is template. */
  public static final SiteTemplate NONE = new SiteTemplate(Map.of());

  /** Per host, the pages each line recurring on {@value #MIN_RECUR} or more of them is on. */
  private final Map<String, Map<String, Integer>> byHost;

  private SiteTemplate(Map<String, Map<String, Integer>> byHost) {
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
    Map<String, Integer> keys = byHost.get(host == null ? "" : host);
    if (keys == null) return 0;
    Integer c = keys.get(key(line));
    return c == null ? 0 : c;
  }

  /** Lines that are template ({@value #MIN_PAGES} pages or more), over all hosts. */
  public int size() {
    int n = 0;
    for (Map<String, Integer> s : byHost.values()) for (int c : s.values()) if (c >= MIN_PAGES) n++;
    return n;
  }

  /** A line's name: its first words in matching form. */
  static String key(String line) {
    String n = ArabicNormalizer.normalize(line);
    StringBuilder sb = new StringBuilder(64);
    int words = 0;
    int i = 0;
    while (i < n.length() && words < KEY_WORDS) {
      while (i < n.length() && Character.isWhitespace(n.charAt(i))) i++;
      int start = i;
      while (i < n.length() && !Character.isWhitespace(n.charAt(i))) i++;
      if (i > start) {
        if (words++ > 0) sb.append(' ');
        sb.append(n, start, i);
      }
    }
    return sb.toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Counts, per host, the pages each line is on. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> pages = new HashMap<>();

    /** One page of {@code host} ("" or null when unknown) with its non-blank lines. */
    public Builder add(String host, List<String> lines) {
      Map<String, Integer> m = pages.computeIfAbsent(host == null ? "" : host, h -> new HashMap<>());
      Set<String> seen = new HashSet<>();
      for (String l : lines) {
        String k = key(l);
        if (!k.isEmpty() && seen.add(k)) m.merge(k, 1, Integer::sum);
      }
      return this;
    }

    public SiteTemplate build() {
      Map<String, Map<String, Integer>> out = new HashMap<>();
      pages.forEach((host, m) -> {
        Map<String, Integer> keys = new HashMap<>();
        m.forEach((k, c) -> {
          if (c >= MIN_RECUR) keys.put(k, c);
        });
        if (!keys.isEmpty()) out.put(host, keys);
      });
      return new SiteTemplate(out);
    }
  }
}
