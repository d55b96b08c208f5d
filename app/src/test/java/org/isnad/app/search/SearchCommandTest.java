package org.isnad.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.app.IsnadCli;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad search --data DIR QUERY} prints id, outlet, date and title, then passages with ⟦hits⟧. */
class SearchCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsHitsAndBuildsAMissingIndex() throws Exception {
    Fixture.copyTo(dir);
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = IsnadCli.run("search", "--data", dir.toString(), "الكلور");
    } finally {
      System.setOut(out);
    }
    assertThat(code).isZero();
    assertThat(Files.isDirectory(dir.resolve("index"))).isTrue();
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("SK-middleEast-832-20180407\tskynews\t2018-04-07\tناشطون يتحدثون عن \"مجزرة كيماوية\" للنظام السوري في دوما\n");
    assertThat(printed).contains("مقتل 47 شخصا بهجوم شنه النظام السوري بغاز ⟦الكلور⟧");
    assertThat(printed.lines().filter(l -> !l.startsWith(" "))).hasSize(1);
  }

  @Test
  void saysSoWhenThereIsNoDataSet() {
    assertThat(IsnadCli.run("search", "--data", dir.resolve("none").toString(), "دوما")).isEqualTo(1);
  }
}
