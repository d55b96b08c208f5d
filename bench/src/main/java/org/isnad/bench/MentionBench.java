package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.isnad.extract.MentionFinder;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.text.Doc;

/**
 * Speed of name finding and linking ({@link MentionFinder#find}) on one core, on ANT articles:
 * {@code java -cp ... org.isnad.bench.MentionBench [ANT.jsonl.gz] [articles] [rounds]}. Documents are
 * tokenised once up front (the text layer is shared by every stage); the timed loop is
 * {@code find(doc)} alone, then tokenising plus finding, each after a warm-up round. Prints tokens per
 * second and mentions per article.
 *
 * <p>{@code MentionBench --conll FILE.conll} instead scores the catalogue matches alone (no model) on a
 * CoNLL file such as ANERcorp's, phrase level, exact span and type (PER, ORG, LOC; MISC and DESC
 * ignored; a mention is widened to its whole token, as ANERcorp keeps proclitics inside tokens): how
 * much of the name finding the lexicons cover by themselves.
 */
public final class MentionBench {
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--conll")) {
      conll(Path.of(args[1]));
      return;
    }
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

  private static void conll(Path file) throws IOException {
    MentionFinder finder = MentionFinder.load();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("");
    Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        int sp = l.lastIndexOf(' ');
        tokens.add(l.substring(0, sp));
        tags.add(l.substring(sp + 1));
        continue;
      }
      if (tokens.isEmpty()) continue;
      StringBuilder sb = new StringBuilder();
      int[] start = new int[tokens.size()];
      int[] end = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0) sb.append(' ');
        start[i] = sb.length();
        sb.append(tokens.get(i));
        end[i] = sb.length();
      }
      Set<String> gold = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        String t = tags.get(i);
        if (!t.startsWith("B-") || t.equals("B-MISC")) continue;
        String type = t.substring(2).equals("PERS") ? "PER" : t.substring(2);
        int j = i + 1;
        while (j < tokens.size() && tags.get(j).startsWith("I-")) j++;
        gold.add(type + ":" + start[i] + ":" + end[j - 1]);
      }
      Set<String> found = new HashSet<>();
      for (Mention m : finder.find(Doc.of(sb.toString()))) {
        if (m.type() == MentionType.DESC) continue;
        int s = m.start();
        while (s > 0 && sb.charAt(s - 1) != ' ') s--;
        found.add(m.type() + ":" + s + ":" + m.end());
      }
      for (String g : gold) counts.computeIfAbsent(g.split(":")[0], k -> new int[3])[found.contains(g) ? 0 : 2]++;
      for (String f : found) if (!gold.contains(f)) counts.computeIfAbsent(f.split(":")[0], k -> new int[3])[1]++;
      tokens.clear();
      tags.clear();
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double p = c[0] / (double) Math.max(1, c[0] + c[1]);
      double r = c[0] / (double) Math.max(1, c[0] + c[2]);
      System.out.printf("%s  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", e.getKey(), p, r,
          p + r == 0 ? 0 : 2 * p * r / (p + r), c[0], c[1], c[2]);
    }
  }
}
