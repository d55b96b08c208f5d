package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.isnad.extract.MentionFinder;
import org.isnad.text.Doc;

/**
 * Speed of name finding and linking ({@link MentionFinder#find}) on one core, on ANT articles:
 * {@code java -cp ... org.isnad.bench.MentionBench [ANT.jsonl.gz] [articles] [rounds]}. Documents are
 * tokenised once up front (the text layer is shared by every stage); the timed loop is
 * {@code find(doc)} alone, then tokenising plus finding, each after a warm-up round. Prints tokens per
 * second and mentions per article.
 */
public final class MentionBench {
  public static void main(String[] args) throws IOException {
    String path = args.length > 0 ? args[0] : "../shared/data/news/ant-multisource-2018.jsonl.gz";
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> texts = new ArrayList<>(max);
    ObjectMapper om = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new FileInputStream(path)), StandardCharsets.UTF_8))) {
      String line;
      while (texts.size() < max && (line = r.readLine()) != null) {
        JsonNode n = om.readTree(line);
        texts.add(n.get("text").asText());
      }
    }
    long t0 = System.nanoTime();
    MentionFinder finder = MentionFinder.load();
    System.out.printf("loaded MentionFinder in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    List<Doc> docs = new ArrayList<>(texts.size());
    long tokens = 0;
    for (String s : texts) {
      Doc d = Doc.of(s);
      docs.add(d);
      tokens += d.tokens().size();
    }
    System.out.printf("%d articles, %d tokens%n", docs.size(), tokens);
    long mentions = 0;
    for (Doc d : docs) mentions += finder.find(d).size(); // warm-up
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      long m = 0;
      for (Doc d : docs) m += finder.find(d).size();
      double sec = (System.nanoTime() - start) / 1e9;
      System.out.printf("find only:        %,.0f tokens/s (%.2f s, %.1f mentions/article)%n", tokens / sec, sec,
          (double) m / docs.size());
    }
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      long m = 0;
      for (String s : texts) m += finder.find(Doc.of(s)).size();
      double sec = (System.nanoTime() - start) / 1e9;
      System.out.printf("tokenise + find:  %,.0f tokens/s (%.2f s)%n", tokens / sec, sec);
    }
  }
}
