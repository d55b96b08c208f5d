package org.isnad.model;

import java.util.List;

/**
 * One cleaned article: the unit every per-article stage works on. All offsets in the data set
 * index {@link #text()} (Java {@code String} indices).
 *
 * @param id        file name without extension for file inputs; the record's id for JSONL/WARC/feeds
 * @param path      the input it came from (with {@code #n} for the n-th record of a container)
 * @param outlet    the outlet as it names itself, or {@code null}
 * @param url       the article's address, or {@code null}
 * @param published ISO date ({@code yyyy-MM-dd}), or {@code null}
 * @param dateline  place named in the dateline, or {@code null}
 * @param title     the title, or {@code null}
 * @param text      the cleaned text
 * @param removed   boilerplate strings removed by cleaning, in order of appearance
 */
public record Article(String id, String path, String outlet, String url, String published,
                      String dateline, String title, String text, List<String> removed) {
  public Article {
    removed = List.copyOf(removed);
  }
}
