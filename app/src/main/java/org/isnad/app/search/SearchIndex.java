package org.isnad.app.search;

import java.nio.file.Path;

/** The Lucene index written beside a data set, with Arabic analysis. */
public final class SearchIndex {
  private SearchIndex() {}

  public static void build(Path dataDir) {}
}
