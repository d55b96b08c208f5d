package org.isnad.spark;

import java.io.Serializable;

/**
 * Where a document stands in the input, as {@code ./isnad analyze} reads it: the input file's index in the
 * sorted listing, the split of that file (0 but for Parquet, which Spark may split), and the record's
 * number inside it. Sorting by position gives the input order, which the cross-article stages need to
 * name events and stories as the single-machine run does.
 */
public record Position(int file, int split, long record) implements Serializable, Comparable<Position> {
  @Override
  public int compareTo(Position o) {
    if (file != o.file) return Integer.compare(file, o.file);
    if (split != o.split) return Integer.compare(split, o.split);
    return Long.compare(record, o.record);
  }
}
