package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDatasetTest {
  private static String list(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return String.join(" ", s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void commitSwapsTheNewDataSetInAndLeavesNothingBeside(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("articles.jsonl"), "old\n");
    StagedDataset s = StagedDataset.begin(out);
    Files.writeString(s.dir().resolve("articles.jsonl"), "new\n");
    Files.createDirectories(s.dir().resolve("index"));
    Files.writeString(s.dir().resolve("index/segments_1"), "x");
    assertThat(Files.readString(out.resolve("articles.jsonl"))).isEqualTo("old\n");
    s.commit();
    assertThat(Files.readString(out.resolve("articles.jsonl"))).isEqualTo("new\n");
    assertThat(list(dir)).isEqualTo("out");
    assertThat(list(out)).isEqualTo("articles.jsonl index");
  }

  @Test
  void aDataSetLeftMidSwapIsPutBack(@TempDir Path dir) throws Exception {
    // killed between the two renames: the old data set is .out.old, there is no out
    Path old = Files.createDirectories(dir.resolve(".out.old"));
    Files.writeString(old.resolve("articles.jsonl"), "old\n");
    Files.createDirectories(dir.resolve(".out.partial"));
    StagedDataset s = StagedDataset.begin(dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out/articles.jsonl"))).isEqualTo("old\n");
    assertThat(list(s.dir())).isEmpty();
    s.discard();
    assertThat(list(dir)).isEqualTo("out");
  }
}
