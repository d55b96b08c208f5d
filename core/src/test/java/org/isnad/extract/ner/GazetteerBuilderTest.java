package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer resource from small lists in the formats of ANERGazet, GeoNames and the curated names. */
class GazetteerBuilderTest {
  @Test
  void mergesTheListsInMatchingFormOneRowPerNameAndKind(@TempDir Path dir) throws Exception {
    Path anergazet = Files.createDirectories(dir.resolve("anergazet"));
    // ANERGazet lists: one name per line; a Latin-script line is dropped
    Files.writeString(anergazet.resolve("pers.txt"), "غسان تويني\nGhassan\n", StandardCharsets.UTF_8);
    Files.writeString(anergazet.resolve("loc.txt"), "حلب\n", StandardCharsets.UTF_8);
    Files.writeString(anergazet.resolve("org.txt"), "الجزيرة\n", StandardCharsets.UTF_8);
    Path geonames = dir.resolve("cities.tsv");
    Files.writeString(geonames, "geonameid\tname\tpopulation\tarabic\n170063\tAleppo\t1602264\tحلب|حلب الشهباء\n",
        StandardCharsets.UTF_8);
    Path curated = dir.resolve("curated-names.tsv");
    Files.writeString(curated, "# name\tkind\tgroup\nريال مدريد\tORG\tclub\nإنتر ميلان\tORG\tclub\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("gazetteer.tsv");

    GazetteerBuilder.build(anergazet, geonames, curated, out);

    List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    // hamza-folded matching form ("إنتر" → "انتر"), sorted; "حلب" once per kind
    assertThat(rows).containsExactly(
        "الجزيرة\tORG", "انتر ميلان\tORG", "حلب\tGEO", "حلب\tLOC", "حلب الشهباء\tGEO", "ريال مدريد\tORG", "غسان تويني\tPER");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("# And the names of curated-names.tsv, curated for Isnad.");
  }

  @Test
  void everyShippedCuratedRowHasANameAKindTheLexiconReadsAndAGroup() throws Exception {
    // read raw, as GazetteerBuilder reads it: cells unpadded and unstripped
    List<String[]> rows =
        NameLexicon.readLines(GazetteerBuilderTest.class.getResourceAsStream(NameModel.RESOURCE_DIR + "curated-names.tsv"), false);
    assertThat(rows).hasSizeGreaterThan(5000);
    for (String[] cells : rows) {
      String line = String.join("\t", cells);
      assertThat(cells).as(line).hasSize(3);
      assertThat(cells[0]).as(line).isNotBlank().isEqualTo(cells[0].strip());
      assertThat(cells[1]).as(line).isIn("PER", "ORG");
      assertThat(cells[2]).as(line).isIn(cells[1].equals("ORG")
          ? new String[] {"club", "company", "party", "media", "body"}
          : new String[] {"leader", "minister", "politician", "footballer", "coach", "athlete", "official", "artist", "given"});
      // Arabic script only: titles and Latin-script names are not matching forms the lexicon sees
      assertThat(cells[0]).as(line).matches("[\\u0621-\\u064A\\u0671-\\u06D3 ]+").doesNotStartWith("الرئيس ");
    }
  }
}
