package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.isnad.extract.ner.NameSpan;
import org.isnad.extract.ner.NameTagger;
import org.isnad.text.Doc;

/**
 * Name-finder throughput on one thread: tokens per second of {@link NameTagger#tag} over real news
 * articles (already tokenised into {@link Doc}s, so tokenising is not counted), after a warm-up. It prints
 * wall-clock rates and rates per second of the thread's CPU time (the fair figure when other processes
 * share the cores).
 *
 * <p>Usage: {@code java -cp 'bench/target/isnad-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*'
 * org.isnad.bench.NerBench [NEWS.jsonl.gz] [ARTICLES] [ROUNDS]} (default
 * {@code ../shared/data/news/ant-multisource-2018.jsonl.gz}, 3000 articles, 5 rounds).
 */
public final class NerBench {
  private NerBench() {}

  public static void main(String[] args) throws Exception {
    Path news = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Doc> docs = new ArrayList<>();
    long tokens = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(news)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && docs.size() < limit) {
        JsonNode a = json.readTree(line);
        Doc d = Doc.of(a.path("text").asText(""));
        docs.add(d);
        tokens += d.tokens().size();
      }
    }
    long t0 = System.nanoTime();
    NameTagger tagger = NameTagger.load();
    System.out.printf(Locale.ROOT, "model loaded in %.2f s; %d articles, %d tokens%n", (System.nanoTime() - t0) / 1e9, docs.size(), tokens);
    long names = 0;
    for (int w = 0; w < 2; w++) for (Doc d : docs) names += tagger.tag(d).size();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double best = 0;
    double bestCpu = 0;
    for (int round = 1; round <= rounds; round++) {
      long cpu = mx.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      names = 0;
      for (Doc d : docs) {
        List<NameSpan> spans = tagger.tag(d);
        names += spans.size();
      }
      double secs = (System.nanoTime() - s) / 1e9;
      double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
      double rate = tokens / secs;
      best = Math.max(best, rate);
      bestCpu = Math.max(bestCpu, tokens / cpuSecs);
      System.out.printf(Locale.ROOT, "round %d: %.2f s wall, %.2f s CPU: %,.0f tokens/s wall, %,.0f tokens/s of CPU time, %d names%n",
          round, secs, cpuSecs, rate, tokens / cpuSecs, names);
    }
    // CPU time is the fair figure on a shared machine: wall time counts the time other processes held the core
    System.out.printf(Locale.ROOT, "NameTagger.tag on one thread: best %,.0f tokens/s wall, %,.0f tokens/s per CPU-second (%d cores available)%n",
        best, bestCpu, Runtime.getRuntime().availableProcessors());
  }
}
