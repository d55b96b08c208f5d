package org.isnad.extract.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.isnad.extract.ner.NewsFile;

/**
 * One sentence of news annotated for claims (docs/claim-annotation-guide.md): its attribution frames and
 * event mentions, every span a character range {@code [start, end)} relative to the sentence.
 *
 * <p>Kept as standoff so that no article text is copied into the repository: each JSON line names the
 * article ({@code article}), the sentence's UTF-16 range in its {@code text} ({@code start}, {@code end}),
 * the hex CRC-32 of the sentence's UTF-8 bytes ({@code crc}, so another version of the news is caught),
 * the annotator, and the layers; {@link #read} puts the sentence text back from the news file.
 */
public record AnnotatedClaims(String article, int start, String text, String annotator, List<Frame> frames,
                              List<Event> events) {
  public record Range(int start, int end) {}

  /** An attribution frame: its cue, its chain of transmitters (nearest the outlet first), its content. */
  public record Frame(Range cue, List<Range> chain, Range content) {
    /** The original source: the last of the chain, or null when the chain is empty. */
    public Range source() {
      return chain.isEmpty() ? null : chain.get(chain.size() - 1);
    }
  }

  /** An event mention with its PLOVER type, mode and role spans (null when not named). */
  public record Event(Range trigger, String type, String mode, Range actor, Range target, Range place, Range time,
                      List<Range> counts) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Row(int line, JsonNode node) {}

  /** The sentences of {@code annotations} in file order, their text read from {@code news}. */
  public static List<AnnotatedClaims> read(Path annotations, Path news) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(annotations, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        try {
          rows.add(new Row(n, JSON.readTree(line)));
        } catch (IOException e) {
          throw new IOException(annotations + ":" + n + ": not JSON");
        }
      }
    }
    Map<String, List<Integer>> byArticle = new HashMap<>();
    for (int k = 0; k < rows.size(); k++) {
      byArticle.computeIfAbsent(rows.get(k).node().path("article").asText(), a -> new ArrayList<>()).add(k);
    }
    AnnotatedClaims[] out = new AnnotatedClaims[rows.size()];
    try {
      NewsFile.forEachRecord(news, a -> {
        List<Integer> mine = byArticle.remove(a.path("id").asText());
        if (mine == null) return;
        String text = a.path("text").asText("");
        for (int k : mine) {
          Row row = rows.get(k);
          JsonNode n = row.node();
          int s = n.path("start").asInt(-1);
          int e = n.path("end").asInt(-1);
          if (s < 0 || e > text.length() || s >= e || !crc(text.substring(s, e)).equals(n.path("crc").asText())) {
            throw new UncheckedIOException(new IOException(annotations + ":" + row.line()
                + ": the sentence differs in " + news.getFileName() + " (another version of the news?)"));
          }
          out[k] = parse(n, text.substring(s, e), annotations, row.line());
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (int k = 0; k < out.length; k++) {
      if (out[k] == null) {
        throw new IOException(annotations + ":" + rows.get(k).line() + ": article "
            + rows.get(k).node().path("article").asText() + " is not in " + news.getFileName());
      }
    }
    return List.of(out);
  }

  static String crc(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.UTF_8));
    return String.format("%08x", c.getValue());
  }

  private static AnnotatedClaims parse(JsonNode n, String text, Path file, int line) {
    try {
      List<Frame> frames = new ArrayList<>();
      for (JsonNode f : n.path("frames")) {
        List<Range> chain = new ArrayList<>();
        for (JsonNode c : f.path("chain")) chain.add(range(c, text));
        frames.add(new Frame(range(f.get("cue"), text), List.copyOf(chain), range(f.get("content"), text)));
      }
      List<Event> events = new ArrayList<>();
      for (JsonNode e : n.path("events")) {
        List<Range> counts = new ArrayList<>();
        for (JsonNode c : e.path("counts")) counts.add(range(c, text));
        events.add(new Event(range(e.get("trigger"), text), e.path("type").asText(), e.path("mode").asText(),
            range(e.get("actor"), text), range(e.get("target"), text), range(e.get("place"), text),
            range(e.get("time"), text), List.copyOf(counts)));
      }
      return new AnnotatedClaims(n.path("article").asText(), n.path("start").asInt(), text,
          n.path("annotator").asText(""), List.copyOf(frames), List.copyOf(events));
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException(new IOException(file + ":" + line + ": " + e.getMessage()));
    }
  }

  private static Range range(JsonNode r, String text) {
    if (r == null || r.isNull()) return null;
    int a = r.path(0).asInt(-1);
    int b = r.path(1).asInt(-1);
    if (a < 0 || b > text.length() || a >= b) throw new IllegalArgumentException("bad range " + r);
    return new Range(a, b);
  }
}
