package org.isnad.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * One writer per data set: {@code .NAME.lock} beside {@code --out}, holding the owner's PID for people
 * and an OS file lock for the machine. The OS lock dies with its process, so a lock left by a killed run
 * (a dead PID in the file) is simply taken over; a second live writer is refused.
 */
public final class OutputLock implements AutoCloseable {
  /** Another live process writes this data set. */
  public static final class Held extends IOException {
    Held(String message) {
      super(message);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  public static Path file(Path out) {
    return StagedDataset.sibling(out, "lock");
  }

  /** Takes the lock of data set {@code out} (absolute), or throws {@link Held} naming the lock and its owner. */
  public static OutputLock acquire(Path out) throws IOException {
    Path file = file(out);
    Files.createDirectories(file.getParent());
    for (int attempt = 0; attempt < 3; attempt++) {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      Object opened = key(file);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very JVM
      }
      if (lock == null) {
        String owner = owner(ch);
        ch.close();
        throw new Held(out.getFileName() + " is being written by another run ("
            + (owner.isEmpty() ? "process unknown" : "process " + owner) + "; lock " + file + ")");
      }
      // the owner before us may have deleted the file as it let go: then this lock guards nothing
      if (opened == null || !opened.equals(key(file))) {
        ch.close();
        continue;
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
      ch.force(true);
      return new OutputLock(file, ch, lock);
    }
    throw new Held(out.getFileName() + " is being written by another run (lock " + file + ")");
  }

  private static Object key(Path file) {
    try {
      return Objects.requireNonNullElse(Files.readAttributes(file, BasicFileAttributes.class).fileKey(), file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String owner(FileChannel ch) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      ch.read(b, 0);
      return new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      return "";
    }
  }

  public Path file() {
    return file;
  }

  /** Deletes the lock file while still holding the lock, then lets go. */
  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
