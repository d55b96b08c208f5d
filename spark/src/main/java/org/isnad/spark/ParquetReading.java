package org.isnad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.model.RawDocument;
import org.isnad.read.InputProblem;
import org.isnad.read.InputReader;
import scala.Tuple2;

/**
 * Parquet input: rows with the JSON Lines fields ({@code id, outlet, url, published, title, text|html,
 * byline}), read by Spark as one table and turned into documents by core's JSON Lines reader (each split's
 * rows written to a local JSON Lines file first), so that a row means what the same record means in
 * JSON Lines. A row's path is its Parquet file and its row number in the split Spark read it in; a row
 * without an id is named {@code parquet-<split>-<row>}.
 */
final class ParquetReading {
  static final String FILE_COLUMN = "_isnad_file";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ParquetReading() {}

  static List<Tuple2<Position, Document>> read(int index, int split, Iterator<String> rows,
                                               Consumer<InputProblem> problems) throws IOException {
    Path dir = Files.createTempDirectory("isnad-parquet");
    Path local = dir.resolve("parquet-" + split + ".jsonl");
    List<String> where = new ArrayList<>();
    List<Tuple2<Position, Document>> out = new ArrayList<>();
    try {
      java.util.Map<String, Integer> rowInFile = new java.util.HashMap<>();
      try (BufferedWriter w = Files.newBufferedWriter(local, StandardCharsets.UTF_8)) {
        while (rows.hasNext()) {
          JsonNode row = JSON.readTree(rows.next());
          String file = local(row.path(FILE_COLUMN).asText("parquet"));
          ((ObjectNode) row).remove(FILE_COLUMN);
          where.add(file + "#" + rowInFile.merge(file, 1, Integer::sum));
          w.write(JSON.writeValueAsString(row));
          w.write('\n');
        }
      }
      if (where.isEmpty()) return out;
      String prefix = local + "#";
      long[] n = {0};
      Consumer<RawDocument> docs = d -> out.add(new Tuple2<>(new Position(index, split, n[0]++), Document.of(
          new RawDocument(d.id(), renamed(d.path(), prefix, where), d.outlet(), d.url(), d.published(), d.title(),
              d.body(), d.html(), d.byline()))));
      InputReader.read(List.of(local), docs, q -> problems.accept(new InputProblem(renamed(q.path(), prefix, where),
          q.reason())));
      return out;
    } finally {
      Files.deleteIfExists(local);
      Files.deleteIfExists(dir);
    }
  }

  /** A local file as core names files ({@code /data/a.parquet}), not as Spark's URI ({@code file:///data/a.parquet}). */
  private static String local(String uri) {
    if (!uri.startsWith("file:")) return uri;
    try {
      return java.nio.file.Path.of(java.net.URI.create(uri)).toString();
    } catch (RuntimeException e) {
      return uri;
    }
  }

  private static String renamed(String path, String prefix, List<String> where) {
    if (!path.startsWith(prefix)) return path;
    try {
      return where.get(Integer.parseInt(path.substring(prefix.length())) - 1);
    } catch (RuntimeException e) {
      return path;
    }
  }
}
