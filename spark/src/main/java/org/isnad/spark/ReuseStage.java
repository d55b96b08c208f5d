package org.isnad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.isnad.io.DigestBytes;
import org.isnad.link.ArticleDigest;
import org.isnad.link.EpochDay;
import org.isnad.link.ReuseDetector;
import org.isnad.model.Reuse;
import scala.Tuple2;

/**
 * Copied passages as Spark's keyed groups, the way {@link ReuseDetector#detect} finds them on one machine:
 * each article's distinct 8-word shingles are keyed by shingle ({@code groupByKey}); a group of 2 to
 * {@link ReuseDetector#MAX_GROUP} articles, its members by day, gives weighted candidate pairs within
 * {@link ReuseDetector#WINDOW_DAYS} days and of different voices ({@code reduceByKey}: a pair is a
 * candidate at {@link ReuseDetector#CANDIDATE}), and its articles learn which of their shingles are rare.
 * Each candidate pair is then joined with its two digests and aligned by core's own
 * {@link ReuseDetector#align}. Only pairs and small per-article facts cross the shuffle, never all pairs.
 */
final class ReuseStage {
  private ReuseStage() {}

  /** A member of a shingle's group: the article, its day and its voice (outlet, or the article alone). */
  record Member(int doc, int day, int voice) implements Serializable {}

  /** A {@link ReuseDetector.Passage} as Spark moves it. */
  record Found(int a, int b, int aFromWord, int aToWord, int bFromWord, int bToWord, int aStart, int aEnd,
               int bStart, int bEnd, int matched, double similarity) implements Serializable {
    static Found of(ReuseDetector.Passage p) {
      return new Found(p.a(), p.b(), p.aFromWord(), p.aToWord(), p.bFromWord(), p.bToWord(), p.aStart(), p.aEnd(),
          p.bStart(), p.bEnd(), p.matched(), p.similarity());
    }

    ReuseDetector.Passage passage() {
      return new ReuseDetector.Passage(a, b, aFromWord, aToWord, bFromWord, bToWord, aStart, aEnd, bStart, bEnd,
          matched, similarity);
    }
  }

  /**
   * The passages between the articles of {@code digests} (article index in input order → digest bytes),
   * in any order (sorted by {@code (a, b, aFromWord)} they are in the order of {@link ReuseDetector#detect}).
   * {@code digests} are partitioned by {@code byIndex}, which the joins keep.
   */
  static JavaRDD<Found> passages(JavaSparkContext sc, JavaPairRDD<Integer, byte[]> digests, Partitioner byIndex) {
    int partitions = byIndex.numPartitions();
    // voices: the outlets' names are few (the driver holds them, not the articles); an unknown outlet is its
    // article's own voice
    List<String> outlets = new ArrayList<>(digests.map(d -> decode(d._2()).outlet()).filter(o -> o != null).distinct().collect());
    outlets.sort(null);
    Map<String, Integer> voiceOf = new HashMap<>();
    for (String o : outlets) voiceOf.put(o, voiceOf.size());
    Broadcast<Map<String, Integer>> voices = sc.broadcast(voiceOf);

    JavaPairRDD<Integer, Member> members = digests.flatMapToPair(d -> {
      ArticleDigest a = decode(d._2());
      int voice = a.outlet() == null ? -1 - d._1() : voices.value().get(a.outlet());
      int[] s = ReuseDetector.shingles(a.wordHash());
      Arrays.sort(s);
      List<Tuple2<Integer, Member>> out = new ArrayList<>(s.length);
      Member m = new Member(d._1(), a.day(), voice);
      for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) out.add(new Tuple2<>(s[i], m));
      return out.iterator();
    });
    JavaPairRDD<Integer, Iterable<Member>> groups = members.groupByKey(partitions);

    JavaPairRDD<Long, Integer> weights = groups.flatMapToPair(g -> {
      List<Member> ms = sorted(g._2());
      List<Tuple2<Long, Integer>> out = new ArrayList<>();
      if (ms.size() < 2 || ms.size() > ReuseDetector.MAX_GROUP) return out.iterator();
      int weight = ms.size() <= ReuseDetector.RARE ? ReuseDetector.CANDIDATE : 1;
      for (int x = 0; x < ms.size(); x++) {
        Member mx = ms.get(x);
        for (int y = x + 1; y < ms.size(); y++) {
          Member my = ms.get(y);
          if (mx.day() != EpochDay.UNKNOWN && my.day() - mx.day() > ReuseDetector.WINDOW_DAYS) break;
          if (mx.voice() == my.voice()) continue;
          long pk = ((long) Math.min(mx.doc(), my.doc()) << 32) | Math.max(mx.doc(), my.doc());
          out.add(new Tuple2<>(pk, weight));
        }
      }
      return out.iterator();
    });
    JavaPairRDD<Integer, Integer> candidates = weights.reduceByKey(Integer::sum, partitions)
        .filter(w -> w._2() >= ReuseDetector.CANDIDATE)
        .mapToPair(w -> new Tuple2<>((int) (w._1() >>> 32), (int) (long) w._1()));

    // the rare shingles of each article (a group of at most RARE): all that alignment asks of the groups
    JavaPairRDD<Integer, long[]> rare = groups.flatMapToPair(g -> {
      List<Tuple2<Integer, Long>> out = new ArrayList<>();
      int size = 0;
      for (Member ignored : g._2()) size++;
      if (size < 2 || size > ReuseDetector.RARE) return out.iterator();
      long df = ((long) g._1() << 32) | size;
      for (Member m : g._2()) out.add(new Tuple2<>(m.doc(), df));
      return out.iterator();
    }).groupByKey(byIndex).mapValues(ReuseStage::sortedLongs);

    JavaPairRDD<Integer, Tuple2<byte[], long[]>> withRare = digests.leftOuterJoin(rare, byIndex)
        .mapValues(v -> new Tuple2<>(v._1(), v._2().orElse(new long[0])));
    return candidates.join(withRare, byIndex)
        .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
        .join(digests, byIndex)
        .flatMap(p -> {
          int a = p._2()._1()._1();
          int b = p._1();
          List<Found> out = new ArrayList<>();
          for (ReuseDetector.Passage ps : ReuseDetector.align(a, b, decode(p._2()._1()._2()._1()),
              decode(p._2()._2()), p._2()._1()._2()._2())) {
            out.add(Found.of(ps));
          }
          return out.iterator();
        });
  }

  /** Core's order of passages (by first article, second article, first word), as a comparator Spark can ship. */
  static final Order ORDER = new Order();

  static final class Order implements java.util.Comparator<Found>, Serializable {
    @Override
    public int compare(Found x, Found y) {
      if (x.a() != y.a()) return Integer.compare(x.a(), y.a());
      if (x.b() != y.b()) return Integer.compare(x.b(), y.b());
      return Integer.compare(x.aFromWord(), y.aFromWord());
    }
  }

  /**
   * The lines of reuse.jsonl, each passage keyed by itself (sorted by {@link #ORDER}, core's order): the
   * passage joined with its first article's digest (the text it quotes) and its second's id.
   */
  static JavaPairRDD<Found, String> records(JavaRDD<Found> passages, JavaPairRDD<Integer, byte[]> digests,
                                            JavaPairRDD<Integer, String> ids, Partitioner byIndex) {
    return passages.keyBy(Found::b).join(ids, byIndex)
        .mapToPair(p -> new Tuple2<>(p._2()._1().a(), p._2()))
        .groupByKey(byIndex)
        .join(digests, byIndex)
        .flatMapToPair(g -> {
          ArticleDigest a = decode(g._2()._2());
          String text = a.text();
          List<Tuple2<Found, String>> out = new ArrayList<>();
          for (Tuple2<Found, String> p : g._2()._1()) {
            Reuse r = ReuseDetector.record(a.id(), p._2(), p._1().passage(), text);
            out.add(new Tuple2<>(p._1(), org.isnad.io.DatasetWriter.JSON.writeValueAsString(r)));
          }
          return out.iterator();
        });
  }

  /** Members by day, unknown days first, then by article: the rank order of core's groups. */
  private static List<Member> sorted(Iterable<Member> group) {
    List<Member> ms = new ArrayList<>();
    group.forEach(ms::add);
    ms.sort((x, y) -> x.day() != y.day() ? Integer.compare(x.day(), y.day()) : Integer.compare(x.doc(), y.doc()));
    return ms;
  }

  private static long[] sortedLongs(Iterable<Long> values) {
    List<Long> l = new ArrayList<>();
    values.forEach(l::add);
    long[] a = new long[l.size()];
    for (int i = 0; i < a.length; i++) a[i] = l.get(i);
    Arrays.sort(a);
    return a;
  }

  static ArticleDigest decode(byte[] b) {
    try {
      return DigestBytes.decode(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
