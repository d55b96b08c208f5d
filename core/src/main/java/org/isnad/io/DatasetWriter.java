package org.isnad.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.link.CorpusLinks;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Mention;
import org.isnad.model.Quantity;

/**
 * Writes the Isnad data set (SPEC "Output"): the per-article files as articles arrive, the
 * cross-article files once linking is done. One JSON object per line, UTF-8, fields in SPEC order.
 */
public final class DatasetWriter implements Closeable {
  public static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Path dir;
  private final Writer articles;
  private final Writer mentions;
  private final Writer quantities;
  private final FileChannel[] perArticle = new FileChannel[3];

  /** The per-article files, written as articles arrive. */
  public static final List<String> PER_ARTICLE = List.of("articles.jsonl", "mentions.jsonl", "quantities.jsonl");

  public DatasetWriter(Path dir) throws IOException {
    this(dir, false);
  }

  /** With {@code append}, the per-article files go on from their current end (a resumed run) instead of anew. */
  public DatasetWriter(Path dir, boolean append) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    articles = open(0, append);
    mentions = open(1, append);
    quantities = open(2, append);
  }

  private Writer open(int file, boolean append) throws IOException {
    FileChannel ch = FileChannel.open(dir.resolve(PER_ARTICLE.get(file)), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    perArticle[file] = ch;
    return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8.newEncoder()), 1 << 16);
  }

  /** Puts every article written so far on disk; returns the length of each per-article file. */
  public Map<String, Long> sync() throws IOException {
    articles.flush();
    mentions.flush();
    quantities.flush();
    Map<String, Long> lengths = new LinkedHashMap<>();
    for (int i = 0; i < perArticle.length; i++) {
      perArticle[i].force(false);
      lengths.put(PER_ARTICLE.get(i), perArticle[i].size());
    }
    return lengths;
  }

  private Writer open(String name) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8), 1 << 16);
  }

  public Path dir() {
    return dir;
  }

  private record MentionRow(String article, int start, int end, String text, String type, String entity, String label) {}

  private record QuantityRow(String id, String article, int start, int end, String text, Number value,
                             boolean approx, String counted) {}

  /** A whole number as an integer ("2000", not "2000.0"). */
  public static Number number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
  }

  public void write(AnalyzedArticle a) throws IOException {
    Article art = a.article();
    line(articles, art);
    for (Mention m : a.mentions()) {
      line(mentions, new MentionRow(art.id(), m.start(), m.end(), m.text(), m.type().name(), m.entity(), m.label()));
    }
    for (Quantity q : a.quantities()) {
      line(quantities, new QuantityRow(q.id(), art.id(), q.start(), q.end(), q.text(), number(q.value()),
          q.approx(), q.counted()));
    }
  }

  /**
   * The lines {@link #write(AnalyzedArticle)} writes for {@code a}, each given to {@code sink} with its file
   * (one of {@link #PER_ARTICLE}): for writers that place them elsewhere (the Spark job's part files).
   */
  public static void lines(AnalyzedArticle a, java.util.function.BiConsumer<String, String> sink) throws IOException {
    Article art = a.article();
    sink.accept(PER_ARTICLE.get(0), JSON.writeValueAsString(art));
    for (Mention m : a.mentions()) {
      sink.accept(PER_ARTICLE.get(1), JSON.writeValueAsString(
          new MentionRow(art.id(), m.start(), m.end(), m.text(), m.type().name(), m.entity(), m.label())));
    }
    for (Quantity q : a.quantities()) {
      sink.accept(PER_ARTICLE.get(2), JSON.writeValueAsString(new QuantityRow(q.id(), art.id(), q.start(), q.end(),
          q.text(), number(q.value()), q.approx(), q.counted())));
    }
  }

  /** Writes claims, events, reuse, stories and framing.json. */
  public void write(CorpusLinks links) throws IOException {
    writeAll("claims.jsonl", links.claims());
    writeAll("events.jsonl", links.events());
    writeAll("reuse.jsonl", links.reuse());
    writeAll("stories.jsonl", links.stories());
    try (Writer w = open("framing.json")) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(w, links.framing());
    }
  }

  private void writeAll(String name, List<?> rows) throws IOException {
    try (Writer w = open(name)) {
      for (Object r : rows) line(w, r);
    }
  }

  private static void line(Writer w, Object row) throws IOException {
    JSON.writeValue(w, row);
    w.write('\n');
  }

  @Override
  public void close() throws IOException {
    articles.close();
    mentions.close();
    quantities.close();
  }
}
