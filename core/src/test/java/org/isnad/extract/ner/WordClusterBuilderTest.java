package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.isnad.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three views of {@link WordClusterBuilder} on every tenth article of the ANT corpus (3,153 articles;
 * Chouigui et al., Apache-2.0; {@code ../shared/data/news}), at small sizes (3,000 words, 60 clusters):
 * each view groups the words its contexts say belong together, and a build is deterministic.
 */
class WordClusterBuilderTest {
  private static final WordClusterBuilder.Settings SMALL =
      new WordClusterBuilder.Settings(WordClusterBuilder.View.NEIGHBOURS, 3000, 1000, 60, 8, 2, 10, 5, 11L);

  @TempDir
  static Path dir;

  private static WordClusterBuilder builder;

  @BeforeAll
  static void readNews() throws IOException {
    Path ant = SharedData.require("news/ant-multisource-2018.jsonl.gz");
    Path sample = dir.resolve("ant-tenth.jsonl");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(ant)), StandardCharsets.UTF_8));
        Writer w = Files.newBufferedWriter(sample)) {
      String line;
      for (int k = 0; (line = r.readLine()) != null; k++) if (k % 10 == 0) w.write(line + "\n");
    }
    builder = new WordClusterBuilder();
    builder.addNews(sample);
  }

  /** Key → fine cluster of a written file; its header lines under "#". */
  private static Map<String, Integer> fine(Path file, List<String> header) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          header.add(line);
        } else {
          String[] row = line.split("\t");
          out.put(row[0], Integer.parseInt(row[2]));
        }
      }
    }
    return out;
  }

  /** Builds {@code view} into a file of its own; key → fine cluster, its header lines into {@code header}. */
  private static Map<String, Integer> build(WordClusterBuilder.View view, List<String> header) throws IOException {
    Path file = dir.resolve(view + ".tsv.gz");
    builder.write(SMALL.withView(view), file, List.of("ant-tenth"));
    return fine(file, header);
  }

  @Test
  void neighboursViewGroupsWordsUsedInTheSamePlace() throws IOException {
    List<String> header = new java.util.ArrayList<>();
    Map<String, Integer> fine = build(WordClusterBuilder.View.NEIGHBOURS, header);
    assertThat(fine).hasSize(3000);
    assertThat(header.get(1)).startsWith("# Sources: ant-tenth; 3153 articles, ");
    assertThat(header.get(2)).startsWith("# Settings: Settings[view=NEIGHBOURS, words=3000, contexts=1000");
    // months, named the Levantine and the Egyptian way, fill the same slot in dates
    assertThat(fine.get("مارس")).isEqualTo(fine.get("اذار"));
    assertThat(fine.get("مارس")).isNotEqualTo(fine.get("دمشق"));
  }

  @Test
  void leftViewGroupsWordsAfterTheSameWords() throws IOException {
    Map<String, Integer> fine = build(WordClusterBuilder.View.LEFT, new java.util.ArrayList<>());
    // heads of state follow "الرئيس"
    assertThat(fine.get("ترامب")).isEqualTo(fine.get("ماكرون")).isEqualTo(fine.get("اردوغان"));
    assertThat(fine.get("ترامب")).isNotEqualTo(fine.get("دمشق"));
  }

  @Test
  void topicViewGroupsWordsOfTheSameSubject() throws IOException {
    Map<String, Integer> fine = build(WordClusterBuilder.View.TOPIC, new java.util.ArrayList<>());
    // a club falls with its players, a Syrian city with the war
    assertThat(fine.get("برشلونة")).isEqualTo(fine.get("ميسي"));
    assertThat(fine.get("دمشق")).isEqualTo(fine.get("ادلب")).isEqualTo(fine.get("معارضة"));
    assertThat(fine.get("برشلونة")).isNotEqualTo(fine.get("دمشق"));
  }

  @Test
  void aBuildIsDeterministic() throws IOException {
    Path a = dir.resolve("a.tsv.gz");
    Path b = dir.resolve("b.tsv.gz");
    builder.write(SMALL.withView(WordClusterBuilder.View.LEFT), a, List.of("ant-tenth"));
    builder.write(SMALL.withView(WordClusterBuilder.View.LEFT), b, List.of("ant-tenth"));
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }
}
