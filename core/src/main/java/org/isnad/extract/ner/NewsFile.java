package org.isnad.extract.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The unlabelled news the name finder learns from (word clusters, mined names): a JSON-lines file,
 * gzip when named .gz, read one article at a time.
 */
public final class NewsFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsFile() {}

  /** Hands each article's textual {@code title} and {@code text} (those present, in that order) to {@code article}. */
  static void forEachArticle(Path file, Consumer<List<String>> article) throws IOException {
    List<String> texts = new ArrayList<>(2);
    forEachRecord(file, a -> {
      texts.clear();
      for (String field : new String[] {"title", "text"}) {
        JsonNode v = a.get(field);
        if (v != null && v.isTextual()) texts.add(v.asText());
      }
      article.accept(texts);
    });
  }

  /** Hands each article's whole JSON record to {@code article}. */
  public static void forEachRecord(Path file, Consumer<JsonNode> article) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) article.accept(JSON.readTree(line));
      }
    }
  }
}
