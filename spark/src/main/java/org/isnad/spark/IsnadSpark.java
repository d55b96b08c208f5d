package org.isnad.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.isnad.Pipeline;

/**
 * The Spark job's command line: {@code analyze [--master M] [--partitions N] [--article-budget S] --out DIR
 * INPUT...} ({@code --article-budget}: as in {@code ./isnad analyze}, default 30 seconds). Under
 * {@code spark-submit} the master comes from it; {@code --master} here is for the launcher's local runs
 * ({@code local[N]}), and without either the job runs on every local core.
 */
public final class IsnadSpark {
  private IsnadSpark() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  static int run(String[] args) throws Exception {
    if (args.length == 0 || !args[0].equals("analyze")) return usage("the one command is analyze");
    String master = null;
    String out = null;
    int partitions = 0;
    Duration budget = Pipeline.DEFAULT_BUDGET;
    List<String> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--master" -> master = value(args, ++i, a);
        case "--out" -> out = value(args, ++i, a);
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--article-budget" -> budget = Duration.ofNanos(Math.round(Double.parseDouble(value(args, ++i, a)) * 1e9));
        case "-h", "--help" -> {
          return usage(null);
        }
        default -> {
          if (a.startsWith("--")) return usage("unknown option " + a);
          inputs.add(a);
        }
      }
    }
    if (out == null) out = "isnad-out";
    if (inputs.isEmpty()) return usage("no INPUT");
    SparkConf conf = new SparkConf().setAppName("isnad analyze");
    if (master != null) conf.setMaster(master);
    else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    long t0 = System.nanoTime();
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      AnalyzeJob.Summary s = new AnalyzeJob(spark, partitions, budget).run(inputs, out);
      for (String p : s.problems()) System.err.println(p);
      if (s.articles() == 0) {
        System.err.println("isnad-spark: no readable input (" + s.problems().size() + " skipped)");
        return 1;
      }
      System.err.print(s.stages());
      System.err.printf(Locale.ROOT, "isnad-spark: %,d articles from %d files; %d skipped; %.1f s on %s -> %s%n",
          s.articles(), s.files(), s.problems().size(), (System.nanoTime() - t0) / 1e9, spark.sparkContext().master(), out);
    }
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }

  private static int usage(String problem) {
    if (problem != null) System.err.println("isnad-spark: " + problem);
    System.err.println("usage: isnad-spark analyze [--master local[N]] [--partitions N] [--article-budget SECONDS] [--out DIR] INPUT...");
    return problem == null ? 0 : 2;
  }
}
