package org.isnad.extract.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.ner.NewsSentences;

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
    List<NewsSentences.Pointer> at = new ArrayList<>(rows.size());
    for (Row r : rows) {
      JsonNode n = r.node();
      at.add(new NewsSentences.Pointer(r.line(), n.path("article").asText(), n.path("start").asInt(-1),
          n.path("end").asInt(-1), n.path("crc").asText()));
    }
    AnnotatedClaims[] out = new AnnotatedClaims[rows.size()];
    NewsSentences.read(annotations, news, at, (k, text) -> {
      NewsSentences.Pointer p = at.get(k);
      out[k] = parse(rows.get(k).node(), text.substring(p.start(), p.end()), annotations, p.line());
    });
    return List.of(out);
  }

  private static AnnotatedClaims parse(JsonNode n, String text, Path file, int line) throws IOException {
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
      throw new IOException(file + ":" + line + ": " + e.getMessage());
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
