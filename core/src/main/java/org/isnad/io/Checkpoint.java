package org.isnad.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last complete batch of a staged data set ({@code checkpoint.json} in it): how far the input was
 * consumed and how long each per-article file was then, so that {@code --resume} cuts off what a killed
 * run wrote after it and carries on from the next input record.
 *
 * @param batch     batches complete
 * @param items     input items consumed, in reading order: documents and unreadable inputs or records alike
 * @param articles  articles written (and digests logged)
 * @param skipped   inputs skipped so far, by kind, in order of first appearance
 * @param position  the last item consumed ({@code file#record}), for people
 * @param inputs    {@link InputFingerprint} of the run's inputs
 * @param bytes     length of each file of the batch ({@code articles.jsonl}, ..., {@code digests.bin})
 */
public record Checkpoint(int batch, long items, int articles, Map<String, Integer> skipped, String position,
                         String inputs, Map<String, Long> bytes) {
  public static final String FILE = "checkpoint.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public Checkpoint {
    skipped = new LinkedHashMap<>(skipped);
    bytes = new LinkedHashMap<>(bytes);
  }

  /** The checkpoint of staged data set {@code dir}, or null when it has none. */
  public static Checkpoint read(Path dir) throws IOException {
    try {
      return JSON.readValue(Files.readAllBytes(dir.resolve(FILE)), Checkpoint.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(dir.resolve(FILE) + ": unreadable checkpoint: " + e.getOriginalMessage());
    }
  }

  /** Replaces the checkpoint of {@code dir} at once: written beside, synced, then renamed over the old one. */
  void write(Path dir) throws IOException {
    Path tmp = dir.resolve(FILE + ".tmp");
    Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      c.force(true);
    }
    Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException e) {
      // a directory that cannot be synced: the rename is still atomic, only less durable
    }
  }
}
