package org.isnad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve.idx gives back exactly what a pass over the JSONL files gives (on the Douma fixture), and is
 * left aside when it no longer matches the files or cannot be read.
 */
class DatasetIndexTest {
  @TempDir
  Path dir;

  /** Everything Dataset keeps of the files, as comparable text. */
  static List<Object> contents(Dataset d) {
    List<Object> out = new ArrayList<>();
    out.add(d.articles());
    out.add(d.outlets());
    out.add(List.of(d.mentionCount(), d.quantityCount(), d.claimCount(), d.reuseCount()));
    out.add(d.claimRefs());
    out.add(new ArrayList<>(d.eventRefs().values()));
    for (Dataset.ArticleRef a : d.articles()) {
      out.add(new java.util.TreeSet<>(d.entitiesOf(a.id())));
      out.add(d.mentions(a.id()));
      out.add(d.quantities(a.id()));
      out.add(d.claims(a.id()));
      out.add(d.reuse(a.id()));
    }
    for (Dataset.ClaimRef c : d.claimRefs()) out.add(d.claim(c.id()));
    for (Dataset.EventRef e : d.eventRefs().values()) out.add(d.event(e.id()));
    List<String> ids = new ArrayList<>(d.actors().keySet());
    ids.sort(null);
    for (String id : ids) {
      Dataset.Actor a = d.actor(id);
      out.add(List.of(a.id(), String.valueOf(a.label()), String.valueOf(a.type()), a.mentions(), a.articles(),
          a.labelsByOutlet(), a.sampleArticles()));
    }
    return out;
  }

  @Test
  void theIndexReadsBackWhatTheFilesGive() throws Exception {
    Path plain = Fixture.copyTo(dir.resolve("plain")), indexed = Fixture.copyTo(dir.resolve("indexed"));
    try (Dataset d = Dataset.open(indexed)) {
      assertThat(d.fromIndex()).isFalse();
      d.writeIndex();
    }
    assertThat(indexed.resolve("serve.idx")).isRegularFile();
    assertThat(indexed.resolve("serve.idx.tmp")).doesNotExist();
    try (Dataset scanned = Dataset.open(plain); Dataset read = Dataset.open(indexed)) {
      assertThat(scanned.fromIndex()).isFalse();
      assertThat(read.fromIndex()).isTrue();
      assertThat(read.eventRefs()).hasSize(scanned.eventRefs().size()).isNotEmpty();
      assertThat(read.eventRef("e4").location()).isEqualTo(new Dataset.Place("دوما", "place.douma", 33.5711, 36.4014));
      assertThat(read.eventRef("e3").contradictions()).isEqualTo(1);
      assertThat(contents(read)).isEqualTo(contents(scanned));
    }
  }

  @Test
  void aChangedFileOrABrokenIndexIsLeftAside() throws Exception {
    Path d0 = Fixture.copyTo(dir.resolve("d"));
    try (Dataset d = Dataset.open(d0)) {
      d.writeIndex();
    }
    Path claims = d0.resolve("claims.jsonl");
    List<String> lines = Files.readAllLines(claims);
    Files.write(claims, lines.subList(0, lines.size() - 1)); // the last claim dropped after the index was written
    try (Dataset d = Dataset.open(d0)) {
      assertThat(d.fromIndex()).isFalse();
      assertThat(d.claimCount()).isEqualTo(lines.size() - 1);
      d.writeIndex();
    }
    try (Dataset d = Dataset.open(d0)) {
      assertThat(d.fromIndex()).isTrue();
      assertThat(d.claimCount()).isEqualTo(lines.size() - 1);
    }
    Path idx = d0.resolve("serve.idx");
    byte[] whole = Files.readAllBytes(idx);
    Files.write(idx, java.util.Arrays.copyOf(whole, whole.length - 100), StandardOpenOption.TRUNCATE_EXISTING);
    try (Dataset d = Dataset.open(d0); Dataset scanned = Dataset.open(Fixture.copyTo(dir.resolve("again")))) {
      assertThat(d.fromIndex()).isFalse();
      assertThat(d.articles()).isEqualTo(scanned.articles());
      assertThat(d.eventRefs()).isEqualTo(scanned.eventRefs());
    }
  }
}
