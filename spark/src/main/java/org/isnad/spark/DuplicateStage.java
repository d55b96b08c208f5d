package org.isnad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.isnad.link.DuplicateFinder;
import org.isnad.link.UnionFind;
import scala.Tuple2;

/**
 * Articles that repeat an earlier one of their outlet, as {@link DuplicateFinder#find} finds them, by
 * Spark's keyed groups: each article's sketch is keyed by its band keys ({@code groupByKey}); a group of 2
 * to {@link DuplicateFinder#MAX_GROUP} gives the pairs that are duplicates; the groups of duplicates are
 * the connected pairs, found in one task over the pairs alone (two ints a pair; the union does not depend
 * on their order, and each group's first article in input order is its original).
 */
final class DuplicateStage {
  private DuplicateStage() {}

  /** Article index → index of the article it duplicates, for the duplicates only. */
  static JavaPairRDD<Integer, Integer> originals(JavaPairRDD<Integer, ArticleFacts> facts, long articles, Partitioner byIndex) {
    int partitions = byIndex.numPartitions();
    JavaPairRDD<Integer, DuplicateFinder.Sketch> sketches = facts.flatMapToPair(d -> {
      DuplicateFinder.Sketch s = d._2().sketch();
      List<Tuple2<Integer, DuplicateFinder.Sketch>> out = new ArrayList<>();
      if (s != null) for (int key : DuplicateFinder.keys(s)) out.add(new Tuple2<>(key, s));
      return out.iterator();
    });
    JavaPairRDD<Integer, Integer> pairs = sketches.groupByKey(partitions).flatMapToPair(g -> {
      List<DuplicateFinder.Sketch> ms = new ArrayList<>();
      g._2().forEach(ms::add);
      List<Tuple2<Integer, Integer>> out = new ArrayList<>();
      if (ms.size() < 2 || ms.size() > DuplicateFinder.MAX_GROUP) return out.iterator();
      for (int x = 0; x < ms.size(); x++) {
        for (int y = x + 1; y < ms.size(); y++) {
          if (DuplicateFinder.duplicates(ms.get(x), ms.get(y))) out.add(new Tuple2<>(ms.get(x).doc(), ms.get(y).doc()));
        }
      }
      return out.iterator();
    });
    int n = (int) articles;
    return pairs.partitionBy(new HashPartitioner(1))
        .mapPartitionsToPair(it -> components(n, it).iterator())
        .partitionBy(byIndex);
  }

  /** Each article joined to another, with the smallest index of its group. */
  private static List<Tuple2<Integer, Integer>> components(int n, Iterator<Tuple2<Integer, Integer>> pairs) {
    UnionFind uf = new UnionFind(n);
    while (pairs.hasNext()) {
      Tuple2<Integer, Integer> p = pairs.next();
      uf.union(p._1(), p._2());
    }
    List<Tuple2<Integer, Integer>> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      int r = uf.find(d);
      if (r != d) out.add(new Tuple2<>(d, r));
    }
    return out;
  }
}
