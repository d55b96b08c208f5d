package org.isnad.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * One table of the data set as flat Parquet columns: each column takes a JSON pointer into the record
 * ({@code /location/lat}); nested objects become prefixed columns ({@code location_lat}), lists of
 * strings stay lists, and what has no flat shape (an event's contradictions) is kept as a JSON string.
 */
record ParquetTable(String name, String file, List<ParquetTable.Column> columns) {
  enum Kind { STRING, INT, DOUBLE, BOOLEAN, STRINGS, JSON }

  /** {@code field}: for a list of objects, the member to take from each ({@code text} of each link of a chain). */
  record Column(String name, Kind kind, String pointer, String field) {
    JsonNode in(JsonNode record) {
      return record.at(pointer);
    }
  }

  static Column col(String name, Kind kind) {
    return new Column(name, kind, "/" + name, null);
  }

  static Column col(String name, Kind kind, String pointer) {
    return new Column(name, kind, pointer, null);
  }

  static Column list(String name, String pointer, String field) {
    return new Column(name, Kind.STRINGS, pointer, field);
  }

  MessageType schema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (Column c : columns) {
      switch (c.kind()) {
        case STRING, JSON -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
        case INT -> b.optional(PrimitiveTypeName.INT64).named(c.name());
        case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
        case BOOLEAN -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
        case STRINGS -> b.optionalList().optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
            .named(c.name());
      }
    }
    return b.named(name);
  }

  /** The tables of SPEC "Output" (framing.json is no table and stays JSON). */
  static final List<ParquetTable> ALL = List.of(
      new ParquetTable("articles", "articles.jsonl", List.of(col("id", Kind.STRING), col("path", Kind.STRING),
          col("outlet", Kind.STRING), col("url", Kind.STRING), col("published", Kind.STRING),
          col("dateline", Kind.STRING), col("title", Kind.STRING), col("text", Kind.STRING),
          list("removed", "/removed", null))),
      new ParquetTable("mentions", "mentions.jsonl", List.of(col("article", Kind.STRING), col("start", Kind.INT),
          col("end", Kind.INT), col("text", Kind.STRING), col("type", Kind.STRING), col("entity", Kind.STRING),
          col("label", Kind.STRING))),
      new ParquetTable("quantities", "quantities.jsonl", List.of(col("id", Kind.STRING), col("article", Kind.STRING),
          col("start", Kind.INT), col("end", Kind.INT), col("text", Kind.STRING), col("value", Kind.DOUBLE),
          col("approx", Kind.BOOLEAN), col("counted", Kind.STRING))),
      new ParquetTable("claims", "claims.jsonl", List.of(col("id", Kind.STRING), col("article", Kind.STRING),
          col("start", Kind.INT), col("end", Kind.INT), col("sentence", Kind.STRING), col("type", Kind.STRING),
          col("actor_text", Kind.STRING, "/actor/text"), col("actor_entity", Kind.STRING, "/actor/entity"),
          col("target_text", Kind.STRING, "/target/text"), col("target_entity", Kind.STRING, "/target/entity"),
          col("location_text", Kind.STRING, "/location/text"), col("location_entity", Kind.STRING, "/location/entity"),
          col("location_lat", Kind.DOUBLE, "/location/lat"), col("location_lon", Kind.DOUBLE, "/location/lon"),
          col("location_basis", Kind.STRING), col("date", Kind.STRING), col("date_basis", Kind.STRING),
          list("quantities", "/quantities", null),
          col("source_text", Kind.STRING, "/source/text"), col("source_entity", Kind.STRING, "/source/entity"),
          list("source_chain", "/source/chain", "text"), list("source_chain_entities", "/source/chain", "entity"),
          col("hedged", Kind.BOOLEAN), col("negated", Kind.BOOLEAN), col("event", Kind.STRING))),
      new ParquetTable("events", "events.jsonl", List.of(col("id", Kind.STRING), col("type", Kind.STRING),
          col("date", Kind.STRING), col("location_text", Kind.STRING, "/location/text"),
          col("location_entity", Kind.STRING, "/location/entity"), col("location_lat", Kind.DOUBLE, "/location/lat"),
          col("location_lon", Kind.DOUBLE, "/location/lon"), list("actors", "/actors", "text"),
          list("actor_entities", "/actors", "entity"),
          list("role_actor", "/actor", "text"), list("role_actor_entities", "/actor", "entity"),
          list("role_target", "/target", "text"), list("role_target_entities", "/target", "entity"),
          list("claims", "/claims", null),
          list("articles", "/articles", null), list("outlets", "/outlets", null),
          col("independent_sources", Kind.INT), col("contradictions", Kind.JSON))),
      new ParquetTable("reuse", "reuse.jsonl", List.of(col("a", Kind.STRING), col("b", Kind.STRING),
          col("a_start", Kind.INT), col("a_end", Kind.INT), col("b_start", Kind.INT), col("b_end", Kind.INT),
          col("text", Kind.STRING), col("similarity", Kind.DOUBLE))),
      new ParquetTable("stories", "stories.jsonl", List.of(col("id", Kind.STRING), col("title", Kind.STRING),
          list("articles", "/articles", null), list("events", "/events", null))));
}
