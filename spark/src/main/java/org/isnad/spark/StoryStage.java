package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.isnad.io.DatasetWriter;
import org.isnad.link.EpochDay;
import org.isnad.link.StoryClusterer;
import org.isnad.model.Story;
import scala.Tuple2;

/**
 * Stories as {@link StoryClusterer#cluster} builds them, by Spark's keyed groups:
 *
 * <ol>
 *   <li>document frequency: each article's distinct words keyed by word ({@code groupByKey}); a word of 2
 *       to {@link StoryClusterer#maxDf} articles goes back to its articles as a {@link StoryClusterer#row};</li>
 *   <li>each article's sketch from its rows and entities, keyed by its {@link StoryClusterer#bandKey}s
 *       ({@code groupByKey}); a group of 2 to {@link StoryClusterer#MAX_GROUP}, its members by day, gives
 *       the linked pairs within the window, in core's order;</li>
 *   <li>one task takes the pairs (key groups by key, then the passages within the window, in order) through
 *       a union that counts each article's joins (the story's representative is its most joined article,
 *       which depends on the order): two ints a pair and two ints an article;</li>
 *   <li>each story is put together from its members' ids, titles, duplicates and events (a join).</li>
 * </ol>
 */
final class StoryStage {
  private StoryStage() {}

  private static final StoryClusterer CLUSTERER = new StoryClusterer();

  /** An article in a band's group: its index, day and sketch. */
  record Member(int doc, int day, int[] sig) implements Serializable {}

  /** The linked pairs of one band group ({@code passage} null), or a passage within the window. */
  record Run(int key, ReuseStage.Found passage, int[] edges) implements Serializable {}

  /** What a story needs of one of its articles. */
  record Facts(String id, String title, String original, List<String> events) implements Serializable {}

  /** The lines of stories.jsonl by the index of each story's first article. */
  static JavaPairRDD<Integer, String> run(JavaPairRDD<Integer, ArticleFacts> facts, JavaRDD<ReuseStage.Found> passages,
                                          JavaPairRDD<Integer, String> originalIds,
                                          JavaPairRDD<Integer, List<String>> eventsOfDoc, long articles,
                                          Partitioner byIndex) {
    int partitions = byIndex.numPartitions();
    int n = (int) articles;
    int maxDf = StoryClusterer.maxDf(n);
    JavaPairRDD<Integer, Long> rows = facts.flatMapToPair(d -> {
      int[] w = d._2().words();
      List<Tuple2<Integer, Integer>> out = new ArrayList<>(w.length);
      for (int x : w) out.add(new Tuple2<>(x, d._1()));
      return out.iterator();
    }).groupByKey(partitions).flatMapToPair(g -> {
      List<Integer> docs = new ArrayList<>();
      g._2().forEach(docs::add);
      List<Tuple2<Integer, Long>> out = new ArrayList<>();
      if (docs.size() < 2 || docs.size() > maxDf) return out.iterator();
      long row = StoryClusterer.row(docs.size(), g._1());
      for (int d : docs) out.add(new Tuple2<>(d, row));
      return out.iterator();
    });
    JavaPairRDD<Integer, Member> sketches = facts.leftOuterJoin(rows.groupByKey(byIndex), byIndex).flatMapToPair(d -> {
      ArticleFacts a = d._2()._1();
      List<Long> mine = new ArrayList<>();
      if (d._2()._2().isPresent()) d._2()._2().get().forEach(mine::add);
      long[] r = new long[mine.size()];
      for (int i = 0; i < r.length; i++) r[i] = mine.get(i);
      int[] sig = CLUSTERER.signature(r, 0, r.length, a.entities());
      List<Tuple2<Integer, Member>> out = new ArrayList<>();
      if (sig == null) return out.iterator();
      Member m = new Member(d._1(), a.day(), sig);
      for (int b = 0; b < StoryClusterer.BANDS; b++) out.add(new Tuple2<>(StoryClusterer.bandKey(sig, b), m));
      return out.iterator();
    });
    JavaRDD<Run> bandRuns = sketches.groupByKey(partitions).flatMap(g -> {
      List<Member> ms = new ArrayList<>();
      g._2().forEach(ms::add);
      if (ms.size() < 2 || ms.size() > StoryClusterer.MAX_GROUP) return List.<Run>of().iterator();
      // core's rank order: by day (unknown first), then by article
      ms.sort((x, y) -> x.day() != y.day() ? Integer.compare(x.day(), y.day()) : Integer.compare(x.doc(), y.doc()));
      List<Integer> edges = new ArrayList<>();
      for (int x = 0; x < ms.size(); x++) {
        Member a = ms.get(x);
        for (int y = x + 1; y < ms.size(); y++) {
          Member b = ms.get(y);
          if (a.day() != EpochDay.UNKNOWN && b.day() - a.day() > StoryClusterer.WINDOW_DAYS) break;
          if (!StoryClusterer.similar(a.sig(), b.sig())) continue;
          edges.add(a.doc());
          edges.add(b.doc());
        }
      }
      if (edges.isEmpty()) return List.<Run>of().iterator();
      return List.of(new Run(g._1(), null, edges.stream().mapToInt(Integer::intValue).toArray())).iterator();
    });
    JavaPairRDD<Integer, Integer> days = facts.mapValues(ArticleFacts::day);
    JavaRDD<Run> passageRuns = passages.keyBy(ReuseStage.Found::a).join(days)
        .mapToPair(p -> new Tuple2<>(p._2()._1().b(), p._2()))
        .join(days)
        .filter(p -> EpochDay.near(p._2()._1()._2(), p._2()._2(), StoryClusterer.WINDOW_DAYS))
        .map(p -> new Run(0, p._2()._1()._1(), new int[] {p._2()._1()._1().a(), p._2()._1()._1().b()}));

    HashPartitioner one = new HashPartitioner(1);
    JavaRDD<StoryClusterer.Group> groups = bandRuns.union(passageRuns).keyBy(r -> 0).partitionBy(one).values()
        .mapPartitions(it -> union(n, it).iterator());
    // member → its story's first member, with the story's representative
    JavaPairRDD<Integer, Tuple2<Integer, Integer>> memberOf = groups.flatMapToPair(g -> {
      List<Tuple2<Integer, Tuple2<Integer, Integer>>> out = new ArrayList<>(g.members().length);
      for (int d : g.members()) out.add(new Tuple2<>(d, new Tuple2<>(g.members()[0], g.representative())));
      return out.iterator();
    });
    JavaPairRDD<Integer, Facts> members = facts.leftOuterJoin(originalIds, byIndex).leftOuterJoin(eventsOfDoc, byIndex)
        .mapValues(v -> {
          ArticleFacts a = v._1()._1();
          return new Facts(a.id(), a.title(), v._1()._2().orElse(null), v._2().orElse(List.of()));
        });
    return memberOf.join(members, byIndex)
        .mapToPair(m -> new Tuple2<>(m._2()._1()._1(), new Tuple2<>(m._1(), new Tuple2<>(m._2()._1()._2(), m._2()._2()))))
        .groupByKey(byIndex)
        .flatMapToPair(s -> story(s._1(), s._2()).map(line -> List.of(new Tuple2<>(s._1(), line)).iterator())
            .orElse(List.<Tuple2<Integer, String>>of().iterator()));
  }

  /** The ordered union of core's cluster: every run, band groups by key, then passages in order. */
  private static List<StoryClusterer.Group> union(int n, Iterator<Run> it) {
    List<Run> runs = new ArrayList<>();
    it.forEachRemaining(runs::add);
    runs.sort((x, y) -> {
      if ((x.passage() == null) != (y.passage() == null)) return x.passage() == null ? -1 : 1;
      if (x.passage() == null) return Integer.compare(x.key(), y.key());
      return ReuseStage.ORDER.compare(x.passage(), y.passage());
    });
    StoryClusterer.Joins joins = new StoryClusterer.Joins(n);
    for (Run r : runs) {
      int[] e = r.edges();
      for (int i = 0; i + 1 < e.length; i += 2) {
        if (r.passage() != null) joins.passage(e[i], e[i + 1]);
        else joins.similar(e[i], e[i + 1]);
      }
    }
    return joins.groups();
  }

  /** The story of one group as core writes it; none when every member duplicates another. */
  private static Optional<String> story(int first, Iterable<Tuple2<Integer, Tuple2<Integer, Facts>>> members) {
    List<Tuple2<Integer, Tuple2<Integer, Facts>>> ms = new ArrayList<>();
    members.forEach(ms::add);
    ms.sort((x, y) -> Integer.compare(x._1(), y._1()));
    List<String> ids = new ArrayList<>(ms.size());
    Map<String, String> duplicates = new LinkedHashMap<>();
    LinkedHashSet<String> events = new LinkedHashSet<>();
    String title = null;
    for (Tuple2<Integer, Tuple2<Integer, Facts>> m : ms) {
      Facts f = m._2()._2();
      if (f.original() != null) duplicates.put(f.id(), f.original());
      else ids.add(f.id());
      events.addAll(f.events());
      if (m._1().equals(m._2()._1())) title = f.title();
    }
    if (ids.isEmpty()) return Optional.empty();
    try {
      return Optional.of(DatasetWriter.JSON.writeValueAsString(new Story("s-" + ms.get(0)._2()._2().id(), title, ids,
          List.copyOf(events), duplicates)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
