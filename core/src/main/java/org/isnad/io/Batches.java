package org.isnad.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.link.ArticleDigest;

/**
 * The per-article half of a run in batches: after every {@code size} articles the staged data set holds a
 * {@link Checkpoint} (what was consumed and how long each file was), with the per-article files and the
 * linking digests ({@link DigestLog}) synced up to it. {@code --resume} cuts the files back to the last
 * checkpoint, so a run killed at any moment goes on from its last complete batch and writes what an
 * uninterrupted run would have.
 */
public final class Batches implements Closeable {
  public static final String DIGESTS = "digests.bin";

  /** What a staged data set holds at a checkpoint, and all a resumed run keeps of it. */
  public static final java.util.Set<String> KEPT = java.util.Set.of("articles.jsonl", "mentions.jsonl",
      "quantities.jsonl", DIGESTS, Checkpoint.FILE);

  /** The staged data set cannot be resumed: the reason is one line. */
  public static final class NotResumable extends IOException {
    NotResumable(String message) {
      super(message);
    }
  }

  private final Path dir;
  private final String inputs;
  private final int size;
  private final Checkpoint resumed;
  private final DigestLog log;
  private int batch;

  private Batches(Path dir, String inputs, int size, Checkpoint resumed) throws IOException {
    this.dir = dir;
    this.inputs = inputs;
    this.size = size;
    this.resumed = resumed;
    this.batch = resumed == null ? 0 : resumed.batch();
    this.log = dir == null ? null : new DigestLog(dir.resolve(DIGESTS));
  }

  /** No checkpoints at all (tests and tools that never resume). */
  public static Batches none() {
    try {
      return new Batches(null, null, 0, null);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A fresh run into staged data set {@code dir}, checkpointed every {@code size} articles. */
  public static Batches start(Path dir, String inputs, int size) throws IOException {
    Files.deleteIfExists(dir.resolve(Checkpoint.FILE));
    Files.deleteIfExists(dir.resolve(DIGESTS));
    return new Batches(dir, inputs, size, null);
  }

  /**
   * Goes on with the run that staged {@code dir} from its checkpoint: refuses (changing nothing) when there
   * is none, when the inputs differ or when a file is shorter than the checkpoint says; otherwise cuts every
   * file back to its length at the checkpoint.
   */
  public static Batches resume(Path dir, String inputs, int size) throws IOException {
    Checkpoint c = Checkpoint.read(dir);
    if (c == null) throw new NotResumable(noCheckpoint(dir));
    if (!c.inputs().equals(inputs)) {
      throw new NotResumable("cannot resume: the inputs are not those of the interrupted run (files, sizes or "
          + "modification times differ); run without --resume to start over");
    }
    Map<String, Long> lengths = new LinkedHashMap<>(c.bytes());
    for (String name : files()) {
      Long n = lengths.get(name);
      Path f = dir.resolve(name);
      if (n == null || !Files.isRegularFile(f) || Files.size(f) < n) {
        throw new NotResumable("cannot resume: " + f + " is shorter than at the checkpoint; run without --resume");
      }
    }
    for (String name : files()) {
      try (FileChannel ch = FileChannel.open(dir.resolve(name), StandardOpenOption.WRITE)) {
        ch.truncate(lengths.get(name));
        ch.force(false);
      }
    }
    return new Batches(dir, inputs, size, c);
  }

  /** The refusal when {@code dir} (the staging directory, present or not) holds no checkpoint. */
  public static String noCheckpoint(Path dir) {
    return "nothing to resume: no checkpoint in " + dir + "; run without --resume";
  }

  private static List<String> files() {
    List<String> names = new java.util.ArrayList<>(DatasetWriter.PER_ARTICLE);
    names.add(DIGESTS);
    return names;
  }

  /** The checkpoint this run goes on from, or null for a fresh run. */
  public Checkpoint resumed() {
    return resumed;
  }

  /** The digests of the articles written before the checkpoint this run goes on from. */
  public List<ArticleDigest> digests() throws IOException {
    return resumed == null ? List.of() : DigestLog.read(dir.resolve(DIGESTS), resumed.articles());
  }

  /** Logs the digest of the article just written. */
  public void add(ArticleDigest d) throws IOException {
    if (log != null) log.append(d);
  }

  /** After each article written: at the end of a batch, syncs everything and records the checkpoint. */
  public void written(DatasetWriter w, int articles, long items, Map<String, Integer> skipped, String position)
      throws IOException {
    if (log == null || size <= 0 || articles % size != 0) return;
    Map<String, Long> lengths = w.sync();
    lengths.put(DIGESTS, log.sync());
    batch++;
    new Checkpoint(batch, items, articles, skipped, position, inputs, lengths).write(dir);
  }

  /** Drops the checkpoint and the digest log: the run is past its per-article half and they are no data set's. */
  public void remove() throws IOException {
    close();
    if (dir == null) return;
    Files.deleteIfExists(dir.resolve(Checkpoint.FILE));
    Files.deleteIfExists(dir.resolve(DIGESTS));
  }

  @Override
  public void close() throws IOException {
    if (log != null) log.close();
  }
}
