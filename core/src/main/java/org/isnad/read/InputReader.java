package org.isnad.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.isnad.model.RawDocument;

/**
 * Streams documents out of files and directories (recursed), detecting each file's format from its
 * content. One document at a time reaches {@code docs}; nothing holds a whole corpus.
 * Every unreadable input (or record) reaches {@code problems} as one line; the others go on.
 */
public final class InputReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputReader() {}

  public static void read(List<Path> inputs, Consumer<RawDocument> docs, Consumer<InputProblem> problems) {
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(Files::isRegularFile).sorted().forEach(p -> readFile(p, docs, problems));
        } catch (IOException e) {
          problems.accept(new InputProblem(in.toString(), "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(in)) {
        readFile(in, docs, problems);
      } else {
        problems.accept(new InputProblem(in.toString(), "no such file or directory"));
      }
    }
  }

  private static void readFile(Path p, Consumer<RawDocument> docs, Consumer<InputProblem> problems) {
    String name = p.getFileName().toString();
    try (InputStream raw = Files.newInputStream(p);
         InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      String base = name.replaceFirst("\\.gz$", "");
      if (base.endsWith(".jsonl") || base.endsWith(".json")) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) continue;
          JsonNode j = JSON.readTree(line);
          String body = j.hasNonNull("text") ? j.get("text").asText() : j.path("html").asText("");
          docs.accept(new RawDocument(j.path("id").asText(base + "-" + n), p + "#" + n, txt(j, "outlet"),
              txt(j, "url"), txt(j, "published"), txt(j, "title"), body, !j.hasNonNull("text")));
        }
      } else {
        String id = base.replaceFirst("\\.[^.]+$", "");
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        docs.accept(new RawDocument(id, p.toString(), null, null, null, null, body, base.endsWith(".html")));
      }
    } catch (IOException | RuntimeException e) {
      problems.accept(new InputProblem(p.toString(), e.getMessage()));
    }
  }

  private static String txt(JsonNode j, String f) {
    return j.hasNonNull(f) ? j.get(f).asText() : null;
  }
}
