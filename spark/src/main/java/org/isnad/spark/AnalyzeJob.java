package org.isnad.spark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.isnad.Pipeline;
import org.isnad.clean.SiteTemplate;
import org.isnad.io.DatasetWriter;
import org.isnad.read.InputProblem;
import scala.Tuple2;

/**
 * {@code isnad-spark analyze}: the pipeline of {@code ./isnad analyze} as a Spark job.
 *
 * <ol>
 *   <li>read: one task per input file, with core's reader (Parquet: Spark's reader, then core's JSON Lines
 *       reader per split); each document keyed by its {@link Position} in the input;</li>
 *   <li>count, per host, the pages each line is on (core's first pass, {@link SiteTemplate}), broadcast to the
 *       executors;</li>
 *   <li>sort by position into {@code partitions} ranges (a shuffle of the documents), so that every
 *       partition holds a run of the input in order and the part files come out in input order;</li>
 *   <li>analyse in {@code mapPartitions}: the per-article half, one analyzer per executor JVM;</li>
 *   <li>write the per-article files from the partitions;</li>
 *   <li>copied passages by keyed groups of shingles, candidate pairs aligned where their digests meet
 *       ({@link ReuseStage});</li>
 *   <li>duplicates, events and stories, each by its own keyed groups ({@link DuplicateStage},
 *       {@link EventStage}, {@link StoryStage}), each with one task that takes the pairs its groups found
 *       through core's union (ints only: the order of the joins decides events and stories' representatives,
 *       as on one machine); the copied passages' records where their first article is; framing.json, one
 *       document over the corpus, in one task from each article's labels ({@link FramingTask}).</li>
 * </ol>
 * Nothing but file names, counts, problem lines and the recurring lines' hashes comes back to the driver.
 */
public final class AnalyzeJob {
  /** What a run did; {@code problems} are the lines for stderr, as core prints them. */
  public record Summary(int files, long articles, List<String> problems, Map<String, Long> bytes, String stages) {}

  private final SparkSession spark;
  private final int partitions;
  private final Duration budget;

  /** With {@code partitions} ranges of the input for the per-article half; 0: twice the default parallelism. */
  public AnalyzeJob(SparkSession spark, int partitions) {
    this(spark, partitions, Pipeline.DEFAULT_BUDGET);
  }

  /** With {@code budget}: the longest one article may take; past it the article is skipped, as in core. */
  public AnalyzeJob(SparkSession spark, int partitions, Duration budget) {
    this.spark = spark;
    this.budget = budget;
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.partitions = partitions > 0 ? partitions : Math.max(2, 2 * sc.defaultParallelism());
  }

  public Summary run(List<String> inputs, String out) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    StageReport stages = new StageReport();
    sc.sc().addSparkListener(stages);
    CollectionAccumulator<String> problems = sc.sc().collectionAccumulator("isnad problems");
    List<String> driverProblems = new ArrayList<>();
    Configuration hadoop = sc.hadoopConfiguration();
    InputListing listing = InputListing.of(inputs, hadoop, p -> driverProblems.add(p.toString()));
    Broadcast<SerializableWritable<Configuration>> conf = sc.broadcast(new SerializableWritable<>(hadoop));

    sc.setJobDescription("read " + listing.files().size() + " files");
    List<Tuple2<Integer, String>> numbered = new ArrayList<>();
    for (int i = 0; i < listing.files().size(); i++) numbered.add(new Tuple2<>(i, listing.files().get(i)));
    JavaPairRDD<Position, Document> docs = sc.parallelize(numbered, Math.max(1, numbered.size()))
        .flatMapToPair(f -> FileReading.read(f._1(), f._2(), conf.value().value(), p -> problems.add(p.toString())));
    if (!listing.parquet().isEmpty()) {
      int index = listing.files().size();
      JavaPairRDD<Position, Document> rows = spark.read().parquet(listing.parquet().toArray(String[]::new))
          .withColumn(ParquetReading.FILE_COLUMN, org.apache.spark.sql.functions.input_file_name())
          .toJSON().javaRDD()
          .mapPartitionsWithIndex((split, it) -> ParquetReading.read(index, split, it,
              p -> problems.add(p.toString())).iterator(), false)
          .mapToPair(t -> t);
      docs = docs.union(rows);
    }
    // read once: the sort below samples its input before it shuffles it
    docs = docs.persist(StorageLevel.DISK_ONLY());

    sc.setJobDescription("recurring lines");
    Broadcast<SiteTemplate> run = sc.broadcast(recurrence(docs.values()));

    sc.setJobDescription("analyse");
    Duration perArticle = budget; // the closure takes the value, not this job (which is no task's to carry)
    JavaRDD<Analysed> analysed = docs.sortByKey(true, partitions)
        .mapPartitions(d -> analyse(d, perArticle, run.value()))
        .persist(StorageLevel.DISK_ONLY());
    // the analysis runs here, once; what follows reads it back from disk
    List<String> failed = analysed.filter(a -> !a.ok()).map(Analysed::problem).collect();
    docs.unpersist(false);
    JavaRDD<Analysed> ok = analysed.filter(Analysed::ok);
    // each article's index in input order, as the single-machine linker numbers its digests; partitioned
    // once by index, so that the joins of the copied-passage stage do not move the digests again
    HashPartitioner byIndex = new HashPartitioner(partitions);
    JavaPairRDD<Integer, byte[]> digests = ok.zipWithIndex()
        .mapToPair(t -> new Tuple2<>((int) (long) t._2(), t._1().digest()))
        .partitionBy(byIndex)
        .persist(StorageLevel.DISK_ONLY());
    long articleCount = digests.count();

    DatasetOutput output = new DatasetOutput(spark, out);
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String file : DatasetWriter.PER_ARTICLE) {
      bytes.put(file, output.write(file, ok.flatMap(a -> a.lines(file).iterator())));
    }

    sc.setJobDescription("copied passages");
    JavaRDD<ReuseStage.Found> passages = ReuseStage.passages(sc, digests, byIndex);
    passages = passages.persist(StorageLevel.DISK_ONLY());
    passages.count(); // read once: events, reuse and stories all take it
    sc.setJobDescription("duplicates");
    // what every stage but events needs, read from the digests once (reading one parses its claims: most of its cost)
    JavaPairRDD<Integer, ArticleFacts> facts = digests.mapPartitionsToPair(it -> {
          java.util.List<Tuple2<Integer, ArticleFacts>> read = new ArrayList<>();
          it.forEachRemaining(d -> read.add(new Tuple2<>(d._1(), ArticleFacts.of(d._1(), d._2()))));
          return read.iterator();
        }, true) // keeps the digests' partitioning by index
        .persist(StorageLevel.DISK_ONLY());
    facts.count();
    JavaPairRDD<Integer, String> ids = facts.mapValues(ArticleFacts::id);
    JavaPairRDD<Integer, String> originalIds = DuplicateStage.originals(facts, articleCount, byIndex)
        .mapToPair(d -> new Tuple2<>(d._2(), d._1()))
        .join(ids, byIndex)
        .mapToPair(o -> new Tuple2<>(o._2()._1(), o._2()._2()))
        .partitionBy(byIndex)
        .persist(StorageLevel.DISK_ONLY());
    originalIds.count();
    sc.setJobDescription("events");
    EventStage.Result events = EventStage.run(digests, passages, originalIds, byIndex);
    JavaPairRDD<Integer, java.util.List<String>> eventsOfDoc = events.eventsOfDoc().persist(StorageLevel.DISK_ONLY());
    bytes.put("claims.jsonl", output.write("claims.jsonl", events.claims().sortByKey(true, partitions).values()));
    bytes.put("events.jsonl", output.write("events.jsonl", events.events().sortByKey(true, partitions).values()));
    sc.setJobDescription("reuse");
    bytes.put("reuse.jsonl", output.write("reuse.jsonl",
        ReuseStage.records(passages, digests, ids, byIndex).sortByKey(ReuseStage.ORDER, true, partitions).values()));
    sc.setJobDescription("stories");
    bytes.put("stories.jsonl", output.write("stories.jsonl",
        StoryStage.run(facts, passages, originalIds, eventsOfDoc, articleCount, byIndex).sortByKey(true, partitions).values()));
    sc.setJobDescription("framing");
    bytes.put("framing.json", output.write("framing.json", FramingTask.framing(facts)));
    eventsOfDoc.unpersist(false);
    events.release();
    facts.unpersist(false);
    originalIds.unpersist(false);
    passages.unpersist(false);
    digests.unpersist(false);
    analysed.unpersist(false);
    output.finish();

    List<String> all = new ArrayList<>(driverProblems);
    all.addAll(problems.value());
    all.addAll(failed);
    return new Summary(listing.files().size() + listing.parquet().size(), articleCount, all, bytes, stages.table());
  }

  /**
   * The first pass of core's {@code Pipeline#recurrence}: the pages of its host each line is on, summed by key
   * (host, line hash) across the documents; only lines on two pages or more come back to the driver, as hashes.
   */
  static SiteTemplate recurrence(JavaRDD<Document> docs) {
    List<Tuple2<Tuple2<String, Long>, Integer>> counts = docs
        .flatMapToPair(d -> {
          SiteTemplate.Page p = SiteTemplate.page(d.raw());
          List<Tuple2<Tuple2<String, Long>, Integer>> keys = new ArrayList<>(p.keys().length);
          for (long k : p.keys()) keys.add(new Tuple2<>(new Tuple2<>(p.host(), k), 1));
          return keys.iterator();
        })
        .reduceByKey(Integer::sum)
        .filter(t -> t._2() >= SiteTemplate.MIN_RECUR)
        .collect();
    SiteTemplate.Builder b = SiteTemplate.builder();
    for (Tuple2<Tuple2<String, Long>, Integer> c : counts) b.put(c._1()._1(), c._1()._2(), c._2());
    return b.build();
  }

  private static Iterator<Analysed> analyse(Iterator<Tuple2<Position, Document>> docs, Duration budget,
                                            SiteTemplate run) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Analysed next() {
        Tuple2<Position, Document> d = docs.next();
        return ExecutorAnalyzer.analyse(d._1(), d._2(), budget, run);
      }
    };
  }
}
