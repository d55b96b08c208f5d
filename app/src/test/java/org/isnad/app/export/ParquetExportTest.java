package org.isnad.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.isnad.app.IsnadCli;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Parquet export of the fixture read back with parquet-java: every table, its rows, Arabic intact. */
class ParquetExportTest {
  @TempDir
  Path tmp;

  static List<Group> read(Path file) throws IOException {
    List<Group> rows = new ArrayList<>();
    try (ParquetReader<Group> r = new ParquetReader.Builder<Group>(new LocalInputFile(file), new PlainParquetConfiguration()) {
      @Override
      protected ReadSupport<Group> getReadSupport() {
        return new GroupReadSupport();
      }
    }.withCodecFactory(new GzipCodecs()).build()) {
      for (Group g = r.read(); g != null; g = r.read()) rows.add(g);
    }
    return rows;
  }

  @Test
  void everyTableReadsBack() throws IOException {
    Path data = Fixture.copyTo(tmp.resolve("data"));
    Path out = tmp.resolve("parquet");
    StringWriter err = new StringWriter();
    CommandLine cli = IsnadCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    assertThat(cli.execute("export", "--format", "parquet", "--out", out.toString(), data.toString())).isZero();
    assertThat(err.toString()).startsWith(
        "isnad export: 7 articles, 223 mentions, 16 quantities, 15 claims, 5 events, 5 reuse, 2 stories -> " + out + "/");

    for (ParquetTable t : ParquetTable.ALL) {
      Path f = out.resolve(t.name() + ".parquet");
      long lines = Files.readAllLines(data.resolve(t.file())).stream().filter(l -> !l.isBlank()).count();
      try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(f),
          ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(new GzipCodecs()).build())) {
        assertThat(r.getRecordCount()).as(t.name()).isEqualTo(lines);
        assertThat(r.getFooter().getBlocks().get(0).getColumns().get(0).getCodec()).isEqualTo(CompressionCodecName.GZIP);
        assertThat(r.getFooter().getFileMetaData().getSchema()).isEqualTo(t.schema());
      }
    }

    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(data.resolve("claims.jsonl")).get(9)); // c10
    List<Group> claims = read(out.resolve("claims.parquet"));
    Group c10 = claims.get(9);
    assertThat(c10.getString("id", 0)).isEqualTo("c10");
    assertThat(c10.getString("sentence", 0)).isEqualTo(first.path("sentence").asText())
        .startsWith("أعلنت مصادر طبية في دوما، السبت، مقتل 47 شخصا");
    assertThat(c10.getString("actor_entity", 0)).isEqualTo("syria.government");
    assertThat(c10.getDouble("location_lat", 0)).isEqualTo(33.5711);
    assertThat(c10.getLong("end", 0)).isEqualTo(187);
    assertThat(c10.getBoolean("hedged", 0)).isFalse();
    Group chain = c10.getGroup("source_chain", 0);
    assertThat(chain.getGroup("list", 0).getString("element", 0)).isEqualTo("مصادر طبية في دوما");
    assertThat(c10.getFieldRepetitionCount("target_entity")).isEqualTo(1);
    assertThat(claims.get(7).getFieldRepetitionCount("actor_text")).isZero(); // c8 has no actor: a null cell

    List<Group> events = read(out.resolve("events.parquet"));
    assertThat(events.get(3).getString("contradictions", 0)).startsWith("[{\"slot\":\"count:شخص\"");
    assertThat(events.get(0).getGroup("outlets", 0).getFieldRepetitionCount("list")).isEqualTo(3);
  }
}
