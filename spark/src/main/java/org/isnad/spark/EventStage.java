package org.isnad.spark;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.Optional;
import java.util.TreeMap;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaRDDLike;
import org.apache.spark.storage.StorageLevel;
import org.isnad.io.DatasetWriter;
import org.isnad.link.ArticleDigest;
import org.isnad.link.ContradictionFinder;
import org.isnad.link.CorpusLinker;
import org.isnad.link.CorroborationCounter;
import org.isnad.link.EventMerger;
import org.isnad.link.ReuseDetector;
import org.isnad.model.Claim;
import org.isnad.model.Event;
import scala.Tuple2;

/**
 * Events as {@link EventMerger#merge} builds them, by Spark's keyed groups:
 *
 * <ol>
 *   <li>each claim, with the few fields the merge tests read ({@link Keyed}), is keyed by its
 *       {@link EventMerger#keys} ({@code groupByKey}); each group gives its edges
 *       ({@link EventMerger#keyEdges});</li>
 *   <li>each copied passage meets the claims of its two articles (two joins) and gives its edges
 *       ({@link EventMerger#passageEdges});</li>
 *   <li>one task takes the edges in core's order (key groups by key, then passages) through one
 *       {@link EventMerger.DaySpans}: the union refuses a join that would stretch an event over the
 *       window, so the order of the joins decides, and that order is global. The task holds the edges and
 *       a day per claim (about 20 bytes a claim), no text;</li>
 *   <li>each event is built where its first claim's article is ("home"), with the digests of its other
 *       articles joined in, and core's {@link CorpusLinker#event}.</li>
 * </ol>
 * A claim is named by {@link #id}: its article's index and its place in the article, in the order of
 * core's claim list, so that "the first claim" and "ascending" mean what they mean there.
 */
final class EventStage {
  private EventStage() {}

  /** Claims per article are far fewer; the id packs the article's index above them. */
  private static final int CLAIM_BITS = 20;

  static long id(int doc, int k) {
    if (k >= 1 << CLAIM_BITS) throw new IllegalStateException("article " + doc + " has over " + (1 << CLAIM_BITS) + " claims");
    return ((long) doc << CLAIM_BITS) | k;
  }

  static int doc(long id) {
    return (int) (id >>> CLAIM_BITS);
  }

  /** What the merge's tests read of one claim, and its id: what crosses the shuffle of the key groups. */
  record Keyed(long id, int doc, int day, String type, String actor, String target, String place, int[] sketch,
               int[] words, int start, int end) implements Serializable {
    static Keyed of(long id, EventMerger.Item it) {
      return new Keyed(id, it.doc(), it.day(), it.claim().type(), it.actor(), it.target(), it.place(), it.sketch(),
          it.words(), it.claim().start(), it.claim().end());
    }

    /** The item the tests take: its claim holds only the type and the offsets. */
    EventMerger.Item item() {
      Claim c = new Claim(null, null, start, end, null, type, null, null, null, null, List.of(), null, false, false, null);
      return new EventMerger.Item(c, doc, day, actor, target, place, sketch, words);
    }
  }

  /** The edges (claim ids, flattened pairs) of one key group ({@code passage} null) or one passage. */
  record Run(int key, ReuseStage.Found passage, long[] edges) implements Serializable {}

  /** What an event's home needs of one of its articles: its digest, the article it duplicates, its passages. */
  record Parts(byte[] digest, String original, List<ReuseStage.Found> passages) implements Serializable {}

  /** What the stage makes: the lines of events.jsonl and claims.jsonl by id, and each article's events in order. */
  record Result(JavaPairRDD<Long, String> events, JavaPairRDD<Long, String> claims,
                JavaPairRDD<Integer, List<String>> eventsOfDoc, List<JavaRDDLike<?, ?>> persisted) {
    /** Drops what the stage kept on disk between its steps, once its outputs are written. */
    void release() {
      for (JavaRDDLike<?, ?> r : persisted) r.rdd().unpersist(false);
    }
  }

  static Result run(JavaPairRDD<Integer, byte[]> digests, JavaRDD<ReuseStage.Found> passages,
                    JavaPairRDD<Integer, String> originalIds, Partitioner byIndex) {
    int partitions = byIndex.numPartitions();
    JavaPairRDD<Long, Keyed> keyed = digests.flatMapToPair(d -> {
      List<EventMerger.Item> items = EventMerger.items(ReuseStage.decode(d._2()), d._1());
      List<Tuple2<Long, Keyed>> out = new ArrayList<>(items.size());
      for (int k = 0; k < items.size(); k++) out.add(new Tuple2<>(id(d._1(), k), Keyed.of(id(d._1(), k), items.get(k))));
      return out.iterator();
    }).persist(StorageLevel.DISK_ONLY());
    // read now, once: the steps below branch from it in one job, and each branch would read the digests again
    keyed.count();

    JavaRDD<Run> keyRuns = keyed.flatMapToPair(k -> {
      List<Tuple2<Integer, Keyed>> out = new ArrayList<>();
      for (int key : EventMerger.keys(k._2().item())) out.add(new Tuple2<>(key, k._2()));
      return out.iterator();
    }).groupByKey(partitions).flatMap(g -> {
      List<Keyed> ms = new ArrayList<>();
      g._2().forEach(ms::add);
      if (ms.size() < 2 || ms.size() > EventMerger.MAX_GROUP) return List.<Run>of().iterator();
      ms.sort((x, y) -> Long.compare(x.id(), y.id()));
      return List.of(run(g._1(), null, ms, null)).iterator();
    });

    JavaPairRDD<Integer, List<Keyed>> ofDoc = keyed.mapToPair(k -> new Tuple2<>(k._2().doc(), k._2()))
        .groupByKey(byIndex).mapValues(EventStage::sorted);
    JavaRDD<Run> passageRuns = passages.keyBy(ReuseStage.Found::a).join(ofDoc)
        .mapToPair(p -> new Tuple2<>(p._2()._1().b(), p._2()))
        .join(ofDoc)
        .map(p -> run(0, p._2()._1()._1(), p._2()._1()._2(), p._2()._2()));

    HashPartitioner one = new HashPartitioner(1);
    JavaPairRDD<Long, Integer> days = keyed.mapValues(Keyed::day);
    // claim id → its event's first claim id, for the claims of events of two or more
    JavaPairRDD<Long, Long> firstOf = days.partitionBy(one)
        .zipPartitions(keyRuns.union(passageRuns).keyBy(r -> 0).partitionBy(one).values(), EventStage::union)
        .mapToPair(t -> t)
        .persist(StorageLevel.DISK_ONLY());
    firstOf.count(); // three steps branch from it

    // each article's own claims in events of two or more, and the events homed in it (their first claim there)
    JavaPairRDD<Integer, Map<Long, Long>> groupedOfDoc = firstOf.mapToPair(f -> new Tuple2<>(doc(f._1()), f))
        .groupByKey(byIndex).mapValues(EventStage::map);
    JavaPairRDD<Integer, Map<Long, Long>> homedIn = firstOf.mapToPair(f -> new Tuple2<>(doc(f._2()), f))
        .groupByKey(byIndex).mapValues(EventStage::map);
    JavaPairRDD<Integer, Parts> parts = parts(digests, passages, originalIds, byIndex);
    // the other articles of each event, sent to its home once per home
    JavaPairRDD<Integer, Iterable<Tuple2<Integer, Parts>>> extras = firstOf
        .mapToPair(f -> new Tuple2<>(doc(f._1()), doc(f._2())))
        .filter(t -> !t._1().equals(t._2()))
        .distinct(partitions)
        .join(parts, byIndex)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .groupByKey(byIndex);

    JavaRDD<Built> built = parts.leftOuterJoin(groupedOfDoc, byIndex).leftOuterJoin(homedIn, byIndex)
        .leftOuterJoin(extras, byIndex)
        .flatMap(h -> home(h._1(), h._2()._1()._1()._1(), h._2()._1()._1()._2(), h._2()._1()._2(), h._2()._2()).iterator())
        .persist(StorageLevel.DISK_ONLY());
    JavaPairRDD<Long, String> events = built.filter(b -> b.event() != null).mapToPair(b -> new Tuple2<>(b.id(), b.event()));
    JavaPairRDD<Long, String> claims = built.filter(b -> b.claim() != null).mapToPair(b -> new Tuple2<>(b.id(), b.claim()));
    JavaPairRDD<Integer, List<String>> eventsOfDoc = built.filter(b -> b.event() != null)
        .flatMapToPair(b -> {
          List<Tuple2<Integer, Tuple2<Long, String>>> out = new ArrayList<>();
          for (int d : b.docs()) out.add(new Tuple2<>(d, new Tuple2<>(b.id(), b.eventId())));
          return out.iterator();
        })
        .groupByKey(byIndex)
        .mapValues(EventStage::inOrder);
    return new Result(events, claims, eventsOfDoc, List.of(keyed, firstOf, built));
  }

  /** One built line: an event ({@code id} its first claim; {@code docs} its articles) or a claim with its event. */
  record Built(long id, String event, String eventId, int[] docs, String claim) implements Serializable {}

  private static Run run(int key, ReuseStage.Found passage, List<Keyed> a, List<Keyed> b) {
    int[] edges;
    if (passage == null) {
      int[] index = new int[a.size()];
      EventMerger.Item[] items = new EventMerger.Item[a.size()];
      for (int i = 0; i < index.length; i++) {
        index[i] = i;
        items[i] = a.get(i).item();
      }
      edges = EventMerger.keyEdges(index, items);
      long[] out = new long[edges.length];
      for (int i = 0; i < edges.length; i++) out[i] = a.get(edges[i]).id();
      return new Run(key, null, out);
    }
    int[] ia = new int[a.size()];
    EventMerger.Item[] xa = new EventMerger.Item[a.size()];
    for (int i = 0; i < ia.length; i++) {
      ia[i] = i;
      xa[i] = a.get(i).item();
    }
    int[] ib = new int[b.size()];
    EventMerger.Item[] xb = new EventMerger.Item[b.size()];
    for (int i = 0; i < ib.length; i++) {
      ib[i] = a.size() + i;
      xb[i] = b.get(i).item();
    }
    edges = EventMerger.passageEdges(passage.passage(), ia, xa, ib, xb);
    long[] out = new long[edges.length];
    for (int i = 0; i < edges.length; i++) out[i] = edges[i] < a.size() ? a.get(edges[i]).id() : b.get(edges[i] - a.size()).id();
    return new Run(key, passage, out);
  }

  /**
   * The one ordered union: every claim's day and every run; key runs by key (as core's sorted entries),
   * then passage runs in core's passage order.
   */
  private static java.util.Iterator<Tuple2<Long, Long>> union(java.util.Iterator<Tuple2<Long, Integer>> dayIt,
                                                            java.util.Iterator<Run> runIt) {
    List<Tuple2<Long, Integer>> all = new ArrayList<>();
    dayIt.forEachRemaining(all::add);
    all.sort((x, y) -> Long.compare(x._1(), y._1()));
    long[] ids = new long[all.size()];
    int[] days = new int[all.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = all.get(i)._1();
      days[i] = all.get(i)._2();
    }
    all = null;
    List<Run> runs = new ArrayList<>();
    runIt.forEachRemaining(r -> {
      if (r.edges().length > 0) runs.add(r);
    });
    runs.sort((x, y) -> {
      if ((x.passage() == null) != (y.passage() == null)) return x.passage() == null ? -1 : 1;
      if (x.passage() == null) return Integer.compare(x.key(), y.key());
      return ReuseStage.ORDER.compare(x.passage(), y.passage());
    });
    EventMerger.DaySpans spans = new EventMerger.DaySpans(days);
    for (Run r : runs) {
      int[] dense = new int[r.edges().length];
      for (int i = 0; i < dense.length; i++) dense[i] = Arrays.binarySearch(ids, r.edges()[i]);
      spans.apply(dense);
    }
    int[] first = spans.firstOfGroups();
    int[] size = new int[first.length];
    for (int f : first) size[f]++;
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (int i = 0; i < first.length; i++) if (size[first[i]] > 1) out.add(new Tuple2<>(ids[i], ids[first[i]]));
    return out.iterator();
  }

  /** Each article's digest, the id of the article it duplicates (or null) and the passages it is a side of. */
  private static JavaPairRDD<Integer, Parts> parts(JavaPairRDD<Integer, byte[]> digests, JavaRDD<ReuseStage.Found> passages,
                                                   JavaPairRDD<Integer, String> originalIds, Partitioner byIndex) {
    JavaPairRDD<Integer, ReuseStage.Found> sides = passages.flatMapToPair(p -> List.of(new Tuple2<>(p.a(), p),
        new Tuple2<>(p.b(), p)).iterator());
    return digests.cogroup(originalIds, sides, byIndex).mapValues(c -> {
      byte[] digest = c._1().iterator().next();
      String original = c._2().iterator().hasNext() ? c._2().iterator().next() : null;
      List<ReuseStage.Found> ps = new ArrayList<>();
      c._3().forEach(ps::add);
      return new Parts(digest, original, ps);
    });
  }

  /** The events homed in article {@code home}, and the claims of the article that are in no event with others. */
  private static List<Built> home(int home, Parts own, Optional<Map<Long, Long>> grouped, Optional<Map<Long, Long>> homed,
                                  Optional<Iterable<Tuple2<Integer, Parts>>> others) {
    Map<Integer, ArticleDigest> view = new HashMap<>();
    Map<Integer, String> originals = new HashMap<>();
    Map<Integer, List<EventMerger.Item>> items = new HashMap<>();
    LinkedHashSet<ReuseStage.Found> ps = new LinkedHashSet<>(own.passages());
    add(view, originals, items, home, own);
    if (others.isPresent()) {
      for (Tuple2<Integer, Parts> o : others.get()) {
        add(view, originals, items, o._1(), o._2());
        ps.addAll(o._2().passages());
      }
    }
    List<ArticleDigest> docs = new SparseList(view);
    List<ReuseDetector.Passage> passages = new ArrayList<>(ps.size());
    for (ReuseStage.Found f : ps) passages.add(f.passage());
    CorroborationCounter corroboration = new CorroborationCounter(docs, passages);
    ContradictionFinder contradictions = new ContradictionFinder(docs);
    // first claim → members, in id order
    TreeMap<Long, List<Long>> events = new TreeMap<>();
    if (homed.isPresent()) {
      for (Map.Entry<Long, Long> m : homed.get().entrySet()) events.computeIfAbsent(m.getValue(), k -> new ArrayList<>()).add(m.getKey());
    }
    List<EventMerger.Item> mine = items.get(home);
    for (int k = 0; k < mine.size(); k++) {
      long id = id(home, k);
      if (!grouped.isPresent() || !grouped.get().containsKey(id)) events.put(id, new ArrayList<>(List.of(id)));
    }
    List<Built> out = new ArrayList<>();
    try {
      for (Map.Entry<Long, List<Long>> e : events.entrySet()) {
        List<Long> ids = e.getValue();
        ids.sort(null);
        List<EventMerger.Item> members = new ArrayList<>(ids.size());
        for (long id : ids) members.add(items.get(doc(id)).get((int) (id & ((1 << CLAIM_BITS) - 1))));
        Event ev = CorpusLinker.event(docs, members, corroboration.count(members), contradictions, originals::get);
        int[] memberDocs = members.stream().mapToInt(EventMerger.Item::doc).distinct().toArray();
        out.add(new Built(e.getKey(), DatasetWriter.JSON.writeValueAsString(ev), ev.id(), memberDocs, null));
        for (int i = 0; i < members.size(); i++) {
          out.add(new Built(ids.get(i), null, null, null,
              DatasetWriter.JSON.writeValueAsString(members.get(i).claim().withEvent(ev.id()))));
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return out;
  }

  private static void add(Map<Integer, ArticleDigest> view, Map<Integer, String> originals,
                          Map<Integer, List<EventMerger.Item>> items, int doc, Parts p) {
    ArticleDigest a = ReuseStage.decode(p.digest());
    view.put(doc, a);
    if (p.original() != null) originals.put(doc, p.original());
    items.put(doc, EventMerger.items(a, doc));
  }

  /** The digests of some articles as core's list by article index (the others are never asked for). */
  private static final class SparseList extends AbstractList<ArticleDigest> {
    private final Map<Integer, ArticleDigest> docs;

    SparseList(Map<Integer, ArticleDigest> docs) {
      this.docs = docs;
    }

    @Override
    public ArticleDigest get(int i) {
      ArticleDigest d = docs.get(i);
      if (d == null) throw new IllegalStateException("article " + i + " not joined to this event's home");
      return d;
    }

    @Override
    public int size() {
      return Integer.MAX_VALUE;
    }
  }

  private static List<Keyed> sorted(Iterable<Keyed> it) {
    List<Keyed> l = new ArrayList<>();
    it.forEach(l::add);
    l.sort((x, y) -> Long.compare(x.id(), y.id()));
    return l;
  }

  private static Map<Long, Long> map(Iterable<Tuple2<Long, Long>> it) {
    Map<Long, Long> m = new HashMap<>();
    it.forEach(t -> m.put(t._1(), t._2()));
    return m;
  }

  /** An article's events by their first claim, as core lists them. */
  private static List<String> inOrder(Iterable<Tuple2<Long, String>> it) {
    List<Tuple2<Long, String>> l = new ArrayList<>();
    it.forEach(l::add);
    l.sort((x, y) -> Long.compare(x._1(), y._1()));
    List<String> out = new ArrayList<>(l.size());
    for (Tuple2<Long, String> t : l) out.add(t._2());
    return out;
  }
}
