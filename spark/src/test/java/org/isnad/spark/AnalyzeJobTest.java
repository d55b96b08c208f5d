package org.isnad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.isnad.ArticleAnalyzer;
import org.isnad.Pipeline;
import org.isnad.SharedData;
import org.isnad.io.DatasetWriter;
import org.isnad.read.InputProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job against core's own pipeline, run in the same JVM on the same inputs: every file of the
 * data set holds the same records (compared line for line after sorting; the job writes them in input
 * order, but the comparison does not rely on it), and framing.json is the same document.
 */
class AnalyzeJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FILES = List.of("articles.jsonl", "mentions.jsonl", "quantities.jsonl",
      "claims.jsonl", "events.jsonl", "reuse.jsonl", "stories.jsonl");
  private static SparkSession spark;
  private static ArticleAnalyzer analyzer;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("isnad-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    analyzer = ArticleAnalyzer.load();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The bundled example (18 articles of the Douma evacuation, examples/README.md): the same data set. */
  @Test
  void exampleAsCoreWritesIt() throws IOException {
    String in = "../examples/douma-2018";
    AnalyzeJob.Summary s = new AnalyzeJob(spark, 3).run(List.of(in), dir.resolve("spark").toString());
    core(List.of(Path.of(in)), dir.resolve("core"));
    assertThat(s.articles()).isEqualTo(18);
    assertThat(s.problems()).isEmpty();
    assertSameDataset(dir.resolve("core"), dir.resolve("spark"));
    // one Parquet table per JSON Lines file, a row per line
    assertThat(spark.read().parquet(dir.resolve("spark/parquet/articles").toString()).count()).isEqualTo(18);
    assertThat(spark.read().parquet(dir.resolve("spark/parquet/claims").toString()).count())
        .isEqualTo(lines(dir.resolve("spark/claims.jsonl")).size());
    // the part files merged in input order, as core writes them
    assertThat(ids(dir.resolve("spark/articles.jsonl"))).containsExactlyElementsOf(ids(dir.resolve("core/articles.jsonl")));
    assertThat(Files.list(dir.resolve("spark")).map(p -> p.getFileName().toString()))
        .doesNotContain("_parts").noneMatch(n -> n.endsWith(".crc"));
  }

  /**
   * 2,000 articles of ANT (../shared/data/news/ant-multisource-2018.jsonl.gz): every second one published in
   * April 2018 (the month of the Douma evacuation), from all five outlets, so that outlets copy from each other
   * and report the same events; gzipped again as the sample, in 4 partitions, so that linking sees
   * articles analysed in different tasks.
   */
  @Test
  void antSampleAsCoreWritesIt() throws IOException {
    Path ant = SharedData.require("news/ant-multisource-2018.jsonl.gz");
    Path sample = dir.resolve("ant-2000.jsonl.gz");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ant)),
        StandardCharsets.UTF_8)); OutputStream out = new GZIPOutputStream(Files.newOutputStream(sample))) {
      int april = 0;
      int n = 0;
      for (String line = r.readLine(); line != null && n < 2000; line = r.readLine()) {
        if (!JSON.readTree(line).path("published").asText().contains(" Apr 2018 ") || april++ % 2 != 0) continue;
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        n++;
      }
    }
    AnalyzeJob.Summary s = new AnalyzeJob(spark, 4).run(List.of(sample.toString()), dir.resolve("spark").toString());
    List<InputProblem> coreProblems = core(List.of(sample), dir.resolve("core"));
    assertThat(s.problems()).containsExactlyElementsOf(coreProblems.stream().map(InputProblem::toString).toList());
    assertThat(s.articles()).isEqualTo(lines(dir.resolve("core/articles.jsonl")).size());
    assertSameDataset(dir.resolve("core"), dir.resolve("spark"));
    assertThat(lines(dir.resolve("spark/events.jsonl")).size()).isGreaterThan(1000);
    // copied passages found by the Spark job's own groups (ReuseStage), not by core's detector
    assertThat(lines(dir.resolve("spark/reuse.jsonl")).size()).isGreaterThan(20);
  }

  /**
   * JSON Lines (gzipped, one broken line), WARC (gzipped) and Parquet in one run: the broken line is one
   * problem naming its file and line, and everything else is what core makes of the same records (core
   * reads the Parquet rows as the JSON Lines file they were written from: only their path differs).
   */
  @Test
  void jsonLinesWarcAndParquetWithABadLine() throws IOException {
    List<String> example = lines(Path.of("../examples/douma-2018/douma-evacuation-2018.jsonl"));
    Path in = Files.createDirectories(dir.resolve("in"));
    Path jsonl = in.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
      for (int i = 0; i < 6; i++) {
        out.write((example.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
        if (i == 2) out.write("{\"id\": \"broken\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
      }
    }
    Path warc = in.resolve("b.warc.gz");
    writeWarc(warc, example.subList(6, 12));
    Path rows = Files.write(dir.resolve("c.jsonl"), example.subList(12, 18), StandardCharsets.UTF_8);
    Path parquet = dir.resolve("c-parquet");
    spark.read().json(rows.toString()).coalesce(1).write().parquet(parquet.toString());

    AnalyzeJob.Summary s = new AnalyzeJob(spark, 2).run(List.of(in.toString(), parquet.toString()),
        dir.resolve("spark").toString());
    List<InputProblem> coreProblems = core(List.of(in, rows), dir.resolve("core"));
    assertThat(s.problems()).hasSize(1).containsExactlyElementsOf(coreProblems.stream().map(InputProblem::toString).toList());
    assertThat(s.problems().get(0)).startsWith(jsonl + "#4: bad JSON line");
    assertThat(s.articles()).isEqualTo(18);
    // the rows' path: their Parquet file instead of the JSON Lines file
    String part;
    try (var files = Files.list(parquet)) {
      part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow().toString();
    }
    Path coreArticles = dir.resolve("core/articles.jsonl");
    Files.writeString(coreArticles, Files.readString(coreArticles).replace(rows + "#", part + "#"));
    assertSameDataset(dir.resolve("core"), dir.resolve("spark"));
  }

  /**
   * A Hadoop-style path ({@code file:///...}, read through Hadoop's file system as {@code hdfs://} is, and
   * copied to local disk for core's reader): the same records, their path the URI Hadoop names.
   */
  @Test
  void hadoopStylePathsAsCoreWritesIt() throws IOException {
    Path example = Path.of("../examples/douma-2018").toAbsolutePath().normalize();
    AnalyzeJob.Summary s = new AnalyzeJob(spark, 2).run(List.of(example.toUri().toString() + "*.jsonl"),
        dir.resolve("spark").toUri().toString());
    core(List.of(example), dir.resolve("core"));
    assertThat(s.problems()).isEmpty();
    Path coreArticles = dir.resolve("core/articles.jsonl");
    Files.writeString(coreArticles, Files.readString(coreArticles).replace("\"path\":\"" + example + "/",
        "\"path\":\"file:" + example + "/"));
    assertSameDataset(dir.resolve("core"), dir.resolve("spark"));
  }

  private static List<InputProblem> core(List<Path> inputs, Path out) throws IOException {
    List<InputProblem> problems = new ArrayList<>();
    new Pipeline(analyzer, 2).run(inputs, out, problems::add, n -> {});
    return problems;
  }

  private static void assertSameDataset(Path core, Path spark) throws IOException {
    for (String f : FILES) {
      List<String> expected = new ArrayList<>(lines(core.resolve(f)));
      List<String> actual = new ArrayList<>(lines(spark.resolve(f)));
      expected.sort(null);
      actual.sort(null);
      assertThat(actual).as(f).hasSize(expected.size()).containsExactlyElementsOf(expected);
    }
    assertThat(Files.readString(spark.resolve("framing.json"))).isEqualTo(Files.readString(core.resolve("framing.json")));
  }

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  private static List<String> ids(Path articles) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String l : lines(articles)) ids.add(JSON.readTree(l).get("id").asText());
    return ids;
  }

  /** Each record as a page in a WARC response (its title and paragraphs as HTML), after a warcinfo-free start. */
  private static void writeWarc(Path p, List<String> records) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      int n = 0;
      for (String line : records) {
        JsonNode r = JSON.readTree(line);
        StringBuilder html = new StringBuilder("<html><head><title>").append(escape(r.get("title").asText()))
            .append("</title></head><body><article>");
        for (String para : r.get("text").asText().split("\n")) html.append("<p>").append(escape(para)).append("</p>");
        html.append("</article></body></html>");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html.toString().getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create(r.get("url").asText()))
            .recordId(URI.create("urn:uuid:00000000-0000-4000-8000-00000000000" + n++)).body(http).build());
      }
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
