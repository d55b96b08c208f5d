package org.isnad.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.isnad.link.ArticleDigest;

/**
 * The linking digests of the articles written so far, appended one by one to a file of the staged data
 * set, so that a resumed run links the articles it did not analyse again: each record its length, then
 * the digest as {@link DigestBytes} encodes it.
 */
final class DigestLog implements Closeable {
  private final FileChannel channel;
  private final DataOutputStream out;

  /** Appends to {@code file} from its current end (created when absent). */
  DigestLog(Path file) throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
  }

  void append(ArticleDigest d) throws IOException {
    byte[] b = DigestBytes.encode(d);
    out.writeInt(b.length);
    out.write(b);
  }

  /** Everything appended so far on disk; returns the length of the log. */
  long sync() throws IOException {
    out.flush();
    channel.force(false);
    return channel.size();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** The first {@code count} digests of {@code file}, in the order they were appended. */
  static List<ArticleDigest> read(Path file, int count) throws IOException {
    List<ArticleDigest> digests = new ArrayList<>(count);
    try (DataInputStream log = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (int i = 0; i < count; i++) {
        int n = log.readInt();
        byte[] b = log.readNBytes(n);
        if (b.length != n) throw new java.io.EOFException("digest log ends inside a record");
        digests.add(DigestBytes.decode(b));
      }
    }
    return digests;
  }
}
