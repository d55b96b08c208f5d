package org.isnad.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Event;
import org.isnad.model.Story;

/**
 * Reads back what {@link DatasetWriter} wrote (SPEC "Output"), one record at a time, so a data set of
 * any size streams through in little memory. Fields a record does not know (compatible additions to
 * the contract) are ignored; a file a stage has not written reads as empty. Close the streams.
 */
public final class DatasetReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  private final Path dir;

  private DatasetReader(Path dir) {
    this.dir = dir;
  }

  /** The data set in {@code dir}; fails, saying what to do, when it holds none. */
  public static DatasetReader open(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("articles.jsonl"))) {
      throw new IOException(dir + ": no data set here, no articles.jsonl (run: isnad analyze --out " + dir + " INPUT...)");
    }
    return new DatasetReader(dir);
  }

  public Path dir() {
    return dir;
  }

  public Stream<Article> articles() throws IOException {
    return records("articles.jsonl", Article.class);
  }

  public Stream<Claim> claims() throws IOException {
    return records("claims.jsonl", Claim.class);
  }

  public Stream<Event> events() throws IOException {
    return records("events.jsonl", Event.class);
  }

  public Stream<Story> stories() throws IOException {
    return records("stories.jsonl", Story.class);
  }

  /** The records of {@code file} as {@code type}. */
  public <T> Stream<T> records(String file, Class<T> type) throws IOException {
    return read(file, JSON.readerFor(type));
  }

  /** The records of {@code file} as trees: for fields no record holds, or files of no record (mentions). */
  public Stream<JsonNode> nodes(String file) throws IOException {
    return read(file, JSON.readerFor(JsonNode.class));
  }

  /** "claims.jsonl: line 12: Unexpected character ..." */
  private static String problem(Path f, IOException e) {
    if (e instanceof JsonProcessingException j) {
      return f + (j.getLocation() == null ? "" : ": line " + j.getLocation().getLineNr()) + ": " + j.getOriginalMessage();
    }
    return f + ": " + e.getMessage();
  }

  private <T> Stream<T> read(String file, ObjectReader reader) throws IOException {
    Path f = dir.resolve(file);
    if (!Files.isRegularFile(f)) return Stream.empty();
    BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
    MappingIterator<T> it;
    try {
      it = reader.readValues(in);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    Spliterator<T> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super T> action) {
        try {
          if (!it.hasNextValue()) return false;
          action.accept(it.nextValue());
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException(problem(f, e), e);
        }
      }
    };
    return StreamSupport.stream(split, false).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
