package org.isnad.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * A data set built in a sibling directory of its destination ({@code .NAME.partial}) and swapped in by
 * rename only when complete, so that the previous data set survives any failure: an exception, a full
 * disk, {@code kill -9}. Callers hold the {@link OutputLock} of the destination throughout.
 *
 * <p>A directory cannot replace a non-empty one in a single rename, so the swap is two: the old data set
 * to {@code .NAME.old}, then the new one into place. A run killed between the two leaves
 * {@code .NAME.old} and no {@code NAME}; the next run (or {@link #recover}) puts it back.
 */
public final class StagedDataset {
  /** What a data set directory holds; anything else in it is the user's and is never swapped away. */
  public static final Set<String> NAMES = Set.of("articles.jsonl", "mentions.jsonl", "quantities.jsonl",
      "claims.jsonl", "events.jsonl", "reuse.jsonl", "stories.jsonl", "framing.json", "report.html",
      "report.html.tmp", "report", "index", "serve.idx", "serve.idx.tmp");

  private final Path out;
  private final Path staging;

  private StagedDataset(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
  }

  /** Where the new data set is built. */
  public Path dir() {
    return staging;
  }

  /**
   * Starts a new data set for {@code out} (absolute): repairs what an interrupted swap left, checks that
   * {@code out} is absent or a data set, and creates an empty staging directory (dropping any that a
   * killed run left).
   */
  public static StagedDataset begin(Path out) throws IOException {
    checkDestination(out);
    Path staging = sibling(out, "partial");
    deleteTree(staging);
    Files.createDirectories(staging);
    return new StagedDataset(out, staging);
  }

  /** The staged data set an interrupted run left for {@code out} (its directory may be absent), to go on with. */
  public static StagedDataset resume(Path out) throws IOException {
    checkDestination(out);
    return new StagedDataset(out, sibling(out, "partial"));
  }

  /** Deletes every entry of the staged data set but those named (a resumed run writes the others again). */
  public void keepOnly(Set<String> names) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
      for (Path e : entries) if (!names.contains(e.getFileName().toString())) deleteTree(e);
    }
  }

  /** Repairs what an interrupted swap left and checks that {@code out} is absent or a data set. */
  private static void checkDestination(Path out) throws IOException {
    recover(out);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(out + ": exists and is not a directory");
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
        for (Path e : entries) {
          if (!NAMES.contains(e.getFileName().toString())) {
            throw new IOException(out + ": holds " + e.getFileName()
                + ", which is not part of an Isnad data set; give a new or empty --out");
          }
        }
      }
    }
  }

  /** Makes the staged data set durable and swaps it in place of the previous one. */
  public void commit() throws IOException {
    sync(staging);
    Path old = sibling(out, "old");
    deleteTree(old);
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    syncDirectory(out.getParent());
    deleteTree(old);
  }

  /** Drops the staged data set; the previous one is untouched. Never throws (it runs after a failure). */
  public void discard() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      System.err.println("isnad: could not remove " + staging + ": " + e.getMessage());
    }
  }

  /** Puts back a data set that a run killed mid-swap left as {@code .NAME.old}; drops it when the swap finished. */
  public static void recover(Path out) throws IOException {
    Path old = sibling(out, "old");
    if (!Files.exists(old, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(old);
    } else {
      Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** {@code .NAME.what} beside {@code out}. */
  static Path sibling(Path out, String what) {
    return out.resolveSibling("." + out.getFileName() + "." + what);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(f);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) throw e;
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Every file and directory under {@code dir} on disk before the rename publishes them (a crash may follow). */
  private static void sync(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
          c.force(true);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) throw e;
        syncDirectory(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void syncDirectory(Path d) {
    try (FileChannel c = FileChannel.open(d, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException e) {
      // some file systems cannot sync a directory; the rename still happens, only its durability is weaker
    }
  }
}
