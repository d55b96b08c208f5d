package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.Claim;
import org.isnad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records read back as core's records; fields added to the contract pass; a bad line names its file and line. */
class DatasetReaderTest {
  @TempDir
  Path dir;

  static final String CLAIM = "{\"id\":\"c10\",\"article\":\"SK-middleEast-832-20180407\",\"start\":0,\"end\":20,"
      + "\"sentence\":\"أعلنت مصادر طبية في دوما\",\"type\":\"ASSAULT\",\"actor\":{\"text\":\"النظام السوري\",\"entity\":\"syria.government\"},"
      + "\"target\":null,\"location\":{\"text\":\"دوما\",\"entity\":\"place.douma\",\"lat\":33.572,\"lon\":36.403},\"date\":\"2018-04-07\","
      + "\"quantities\":[\"SK-middleEast-832-20180407#q38\"],\"source\":{\"text\":\"مصادر طبية في دوما\",\"entity\":null,"
      + "\"chain\":[{\"text\":\"مصادر طبية في دوما\",\"entity\":null}]},\"hedged\":false,\"negated\":false,\"event\":\"e4\","
      + "\"date_basis\":\"text\",\"location_basis\":\"clause\",\"added_later\":1}";

  @Test
  void readsClaimsAndEvents() throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), "");
    Files.writeString(dir.resolve("claims.jsonl"), CLAIM + "\n");
    Files.writeString(dir.resolve("events.jsonl"), "{\"id\":\"e4\",\"type\":\"ASSAULT\",\"date\":\"2018-04-07\",\"location\":null,"
        + "\"actors\":[{\"text\":\"النظام السوري\",\"entity\":\"syria.government\"}],\"actor\":[],\"target\":[],\"claims\":[\"c10\"],"
        + "\"articles\":[\"SK-middleEast-832-20180407\"],\"outlets\":[\"سكاي نيوز عربية\"],\"independent_sources\":1,\"contradictions\":[]}\n");
    DatasetReader r = DatasetReader.open(dir);
    List<Claim> claims;
    try (Stream<Claim> s = r.claims()) {
      claims = s.toList();
    }
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.actor().entity()).isEqualTo("syria.government");
    assertThat(c.location().lat()).isEqualTo(33.572);
    assertThat(c.source().chain()).hasSize(1);
    assertThat(c.dateBasis()).isEqualTo("text");
    assertThat(c.locationBasis()).isEqualTo("clause");
    try (Stream<Event> s = r.events()) {
      Event e = s.findFirst().orElseThrow();
      assertThat(e.independentSources()).isEqualTo(1);
      assertThat(e.outlets()).containsExactly("سكاي نيوز عربية");
    }
    try (Stream<?> s = r.stories()) {
      assertThat(s.count()).isZero(); // not written yet
    }
  }

  @Test
  void aBadLineNamesFileAndLine() throws IOException {
    Files.writeString(dir.resolve("articles.jsonl"), "");
    Files.writeString(dir.resolve("claims.jsonl"), CLAIM + "\n{\"id\": \n");
    try (Stream<Claim> s = DatasetReader.open(dir).claims()) {
      assertThatThrownBy(s::toList).isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith(dir.resolve("claims.jsonl") + ": line 3: ");
    }
  }

  @Test
  void noDataSetSaysWhatToDo() {
    assertThatThrownBy(() -> DatasetReader.open(dir)).isInstanceOf(IOException.class)
        .hasMessage(dir + ": no data set here, no articles.jsonl (run: isnad analyze --out " + dir + " INPUT...)");
  }
}
