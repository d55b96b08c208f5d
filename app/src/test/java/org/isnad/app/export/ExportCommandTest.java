package org.isnad.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isnad.app.IsnadCli;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Each export of the fixture (seven ANT articles on Douma, April 2018) read back: the CSVs with Commons
 * CSV as RFC 4180 has them, the JSON Lines with Jackson; exact values for known events and claims.
 */
class ExportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;
  Path data;
  final StringWriter err = new StringWriter();

  @BeforeEach
  void fixture() throws IOException {
    data = Fixture.copyTo(tmp.resolve("data"));
  }

  int run(String... args) {
    CommandLine cli = IsnadCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // the BOM spreadsheet tools need to read UTF-8
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContain("\uFFFD");
    try (Reader r = new java.io.StringReader(text);
         CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  static Map<String, JsonNode> claimsById(Path data) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (String line : Files.readAllLines(data.resolve("claims.jsonl"))) {
      JsonNode c = JSON.readTree(line);
      out.put(c.path("id").asText(), c);
    }
    return out;
  }

  @Test
  void acledHasOneRowPerCodedEvent() throws IOException {
    Path out = tmp.resolve("acled.csv");
    assertThat(run("export", "--format", "acled", "--out", out.toString(), data.toString())).isZero();
    assertThat(err.toString()).startsWith("isnad export: 4 events (1 of types ACLED does not code left out");
    List<CSVRecord> rows = csv(out);
    try (CSVParser p = CSVParser.parse(Files.readString(out).substring(1), CSVFormat.RFC4180)) {
      assertThat(p.getRecords().get(0).toList()).isEqualTo(AcledExport.COLUMNS);
    }
    assertThat(rows).extracting(r -> r.get("isnad_event_id")).containsExactly("e1", "e2", "e3", "e4");

    CSVRecord e4 = rows.get(3);
    assertThat(e4.get("event_date")).isEqualTo("2018-04-07");
    assertThat(e4.get("event_type")).isEqualTo("Explosions/Remote violence");
    assertThat(e4.get("sub_event_type")).isEqualTo("Chemical weapon"); // "بغاز الكلور", "غاز سام", "هجوم كيماوي"
    assertThat(e4.get("actor1")).isEqualTo("الحكومة السورية");
    assertThat(e4.get("actor2")).isEqualTo("المدنيين");
    assertThat(e4.get("admin1")).isEqualTo("Rif Dimashq");
    assertThat(e4.get("country")).isEqualTo("Syria");
    assertThat(e4.get("location")).isEqualTo("دوما");
    assertThat(e4.get("latitude")).isEqualTo("33.5711");
    assertThat(e4.get("longitude")).isEqualTo("36.4014");
    // 47 ("مقتل 47 شخصا"), 150 ("150 شخصا على الأقل قتلوا"), 25 ("بمقتل ما لا يقل عن 25 شخصاً وجرح 500"): the lowest
    assertThat(e4.get("fatalities")).isEqualTo("25");
    assertThat(e4.get("source")).isEqualTo(
        "skynews ← مصادر طبية في دوما; BBC ← مسعفون وعمال إغاثة في سوريا; CNN ← اتحاد المنظمات الطبية الإغاثية السورية ← أطباء وناشطين في المنطقة");
    assertThat(e4.get("notes")).startsWith("«أعلنت مصادر طبية في دوما، السبت، مقتل 47 شخصا بهجوم شنه النظام السوري بغاز الكلور،")
        .contains("| Disputed count:شخص: 47 (1 claim) / 150 (1 claim) / 25 (1 claim)")
        .endsWith("| Disputed actor: الحكومة السورية (1 claim) / unnamed (2 claims)");

    CSVRecord e1 = rows.get(0);
    assertThat(e1.get("event_type")).isEqualTo("Strategic developments");
    assertThat(e1.get("sub_event_type")).isEqualTo("Non-violent transfer of territory");
    assertThat(e1.get("actor1")).isEqualTo("مسلحي جيش الإسلام"); // the fixture's id is not the catalogue's: words as written
    assertThat(e1.get("actor2")).isEmpty();
    assertThat(e1.get("fatalities")).isEqualTo("0"); // "حافلتين" are buses
    assertThat(rows.get(1).get("sub_event_type")).isEqualTo("Agreement");
    CSVRecord e2 = rows.get(1); // two claims name Yevtushenko as the actor, one Russia
    assertThat(e2.get("actor1")).isEqualTo("يوري يفتوشينكو");
    assertThat(e2.get("assoc_actor_1")).isEqualTo("روسيا");
    assertThat(e2.get("actor2")).isEqualTo("جيش الإسلام");
  }

  @Test
  void claimsCsvKeepsEveryClaimWithItsChain() throws IOException {
    Path out = tmp.resolve("claims.csv");
    assertThat(run("export", "--format", "claims", "--out", out.toString(), data.toString())).isZero();
    assertThat(err.toString()).startsWith("isnad export: 15 claims -> " + out);
    List<CSVRecord> rows = csv(out);
    Map<String, JsonNode> claims = claimsById(data);
    assertThat(rows).hasSize(15);
    for (CSVRecord r : rows) {
      JsonNode c = claims.get(r.get("claim_id"));
      assertThat(r.get("quote")).isEqualTo(c.path("sentence").asText()); // Arabic, quotes and commas intact
      assertThat(r.get("type")).isEqualTo(c.path("type").asText());
      assertThat(r.get("event_id")).isEqualTo(c.path("event").asText());
    }
    CSVRecord c1 = rows.get(0);
    assertThat(c1.toMap()).containsEntry("claim_id", "c1").containsEntry("article_id", "BB-middleEast-277-20180402")
        .containsEntry("outlet", "BBC").containsEntry("type", "RETREAT").containsEntry("mode", "asserted")
        .containsEntry("date", "2018-04-02").containsEntry("actor", "مسلحي جيش الإسلام")
        .containsEntry("place", "دوما").containsEntry("place_id", "place.douma")
        .containsEntry("source", "التلفزيون السوري").containsEntry("source_chain", "BBC ← التلفزيون السوري");
    assertThat(rows.get(14).get("source_chain")).isEqualTo("BBC"); // c15: the outlet asserts it itself
  }

  @Test
  void ploverHasTheManualsFields() throws IOException {
    Path out = tmp.resolve("plover.jsonl");
    assertThat(run("export", "--format", "plover", "--out", out.toString(), data.toString())).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) records.add(JSON.readTree(line));
    assertThat(records).hasSize(15);
    JsonNode c10 = records.stream().filter(r -> r.path("id").asText().equals("c10")).findFirst().orElseThrow();
    assertThat(c10.path("date").asText()).isEqualTo("2018-04-07");
    assertThat(c10.path("event").toString()).isEqualTo("[\"ASSAULT\"]");
    assertThat(c10.path("quad_code").asInt()).isEqualTo(4);
    assertThat(c10.at("/source/0/actor_text").asText()).isEqualTo("النظام السوري");
    assertThat(c10.at("/source/0/identifier_id").asText()).isEqualTo("syria.government");
    assertThat(c10.at("/source/0/identifier_text").asText()).isEqualTo("الحكومة السورية");
    assertThat(c10.at("/recipient/0/actor_text").asText()).isEqualTo("المدنيين");
    assertThat(c10.at("/event_loc/name").asText()).isEqualTo("دوما");
    assertThat(c10.at("/event_loc/latitude").asDouble()).isEqualTo(33.5711);
    assertThat(c10.at("/event_loc/country code").asText()).isEqualTo("SY");
    assertThat(c10.path("link").asText()).isEqualTo("e4");
    assertThat(c10.path("text").asText()).isEqualTo(claimsById(data).get("c10").path("sentence").asText());
    assertThat(c10.at("/text_info/end").asInt()).isEqualTo(187);
    assertThat(c10.at("/cite_info/publication").asText()).isEqualTo("skynews");
    assertThat(c10.at("/cite_info/url").asText()).isEqualTo("https://www.skynewsarabia.com/middle-east/1037292");
    assertThat(c10.at("/cite_info/language").asText()).isEqualTo("ar");
    assertThat(c10.path("factuality").asText()).isEqualTo("asserted");
    assertThat(c10.at("/attributed_to/chain/0/actor_text").asText()).isEqualTo("مصادر طبية في دوما");
  }

  @Test
  void aMissingDataSetIsOneLine() {
    assertThat(run("export", "--format", "claims", "--out", tmp.resolve("x.csv").toString(), tmp.resolve("none").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("isnad export: " + tmp.resolve("none")
        + ": no data set here, no articles.jsonl (run: isnad analyze --out " + tmp.resolve("none") + " INPUT...)");
    assertThat(tmp.resolve("x.csv")).doesNotExist();
  }

  @Test
  void aWrongFormatIsOneLine() {
    assertThat(run("export", "--format", "xlsx", "--out", "x", data.toString())).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).startsWith("isnad export: Invalid value for option '--format'")
        .contains("(isnad export --help)");
  }
}
