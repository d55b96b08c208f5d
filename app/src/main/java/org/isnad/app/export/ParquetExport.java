package org.isnad.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.isnad.io.DatasetReader;

/**
 * One Parquet file per table of the data set ({@link ParquetTable#ALL}) in a directory, GZIP pages, for
 * data tools (pandas, DuckDB, Spark, R's arrow). Written with parquet-java on local files and its plain
 * configuration, so that only Hadoop's client API classes are needed, not a Hadoop installation.
 */
final class ParquetExport {
  private final DatasetReader data;

  ParquetExport(DatasetReader data) {
    this.data = data;
  }

  /** Rows written per table, in the order of {@link ParquetTable#ALL}. */
  Map<String, Long> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (ParquetTable t : ParquetTable.ALL) rows.put(t.name(), write(t, dir.resolve(t.name() + ".parquet")));
    return rows;
  }

  private long write(ParquetTable table, Path file) throws IOException {
    long n = 0;
    try (ParquetWriter<JsonNode> w = new Builder(new LocalOutputFile(file), table)
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(new GzipCodecs())
        .withCompressionCodec(CompressionCodecName.GZIP)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
         Stream<JsonNode> records = data.nodes(table.file())) {
      for (JsonNode r : (Iterable<JsonNode>) records::iterator) {
        w.write(r);
        n++;
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return n;
  }

  private static final class Builder extends ParquetWriter.Builder<JsonNode, Builder> {
    private final ParquetTable table;

    Builder(OutputFile file, ParquetTable table) {
      super(file);
      this.table = table;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<JsonNode> getWriteSupport(ParquetConfiguration conf) {
      return new Rows(table);
    }

    @Override
    @SuppressWarnings("deprecation")
    protected WriteSupport<JsonNode> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new Rows(table);
    }
  }

  /** Writes one JSON record as one row of the table's columns; a missing or null value is a null cell. */
  private static final class Rows extends WriteSupport<JsonNode> {
    private final ParquetTable table;
    private final MessageType schema;
    private RecordConsumer out;

    Rows(ParquetTable table) {
      this.table = table;
      this.schema = table.schema();
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, Map.of("writer", "isnad export"));
    }

    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
      return new WriteContext(schema, Map.of("writer", "isnad export"));
    }

    @Override
    public void prepareForWrite(RecordConsumer consumer) {
      out = consumer;
    }

    @Override
    public void write(JsonNode record) {
      out.startMessage();
      for (int i = 0; i < table.columns().size(); i++) {
        ParquetTable.Column c = table.columns().get(i);
        JsonNode v = c.in(record);
        if (v.isMissingNode() || v.isNull()) continue;
        if (c.kind() == ParquetTable.Kind.STRINGS && !v.isArray()) continue;
        out.startField(c.name(), i);
        switch (c.kind()) {
          case STRING -> out.addBinary(Binary.fromString(v.asText()));
          case JSON -> out.addBinary(Binary.fromConstantByteArray(v.toString().getBytes(StandardCharsets.UTF_8)));
          case INT -> out.addLong(v.asLong());
          case DOUBLE -> out.addDouble(v.asDouble());
          case BOOLEAN -> out.addBoolean(v.asBoolean());
          case STRINGS -> strings(v, c.field());
        }
        out.endField(c.name(), i);
      }
      out.endMessage();
    }

    /** A LIST as Parquet's format has it: a group holding a repeated group {@code list} of {@code element}. */
    private void strings(JsonNode array, String field) {
      out.startGroup();
      if (!array.isEmpty()) {
        out.startField("list", 0);
        for (JsonNode item : array) {
          JsonNode v = field == null ? item : item.path(field);
          out.startGroup();
          if (!v.isMissingNode() && !v.isNull()) {
            out.startField("element", 0);
            out.addBinary(Binary.fromString(v.asText()));
            out.endField("element", 0);
          }
          out.endGroup();
        }
        out.endField("list", 0);
      }
      out.endGroup();
    }
  }
}
