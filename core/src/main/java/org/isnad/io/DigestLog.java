package org.isnad.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.link.ArticleDigest;
import org.isnad.model.Claim;
import org.isnad.model.Quantity;

/**
 * The linking digests of the articles written so far, appended one by one to a file of the staged data
 * set, so that a resumed run links the articles it did not analyse again. Binary (the word hashes and
 * offsets are most of it); the claims, quantities and labels inside each record as JSON.
 */
final class DigestLog implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Claim>> CLAIMS = new TypeReference<>() {};
  private static final TypeReference<List<Quantity>> QUANTITIES = new TypeReference<>() {};
  // sorted, as FramingAnalyzer#labels makes them
  private static final TypeReference<TreeMap<String, Map<String, Integer>>> LABELS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final FileChannel channel;
  private final DataOutputStream out;

  /** Appends to {@code file} from its current end (created when absent). */
  DigestLog(Path file) throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
  }

  void append(ArticleDigest d) throws IOException {
    string(d.id());
    string(d.outlet());
    string(d.published());
    out.writeInt(d.day());
    string(d.title());
    ints(d.wordHash());
    ints(d.wordStart());
    ints(d.wordEnd());
    bytes(d.packedText());
    bytes(JSON.writeValueAsBytes(d.claims()));
    bytes(JSON.writeValueAsBytes(d.quantities()));
    bytes(JSON.writeValueAsBytes(d.labels()));
    bytes(JSON.writeValueAsBytes(d.entities()));
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
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16))) {
      for (int i = 0; i < count; i++) {
        digests.add(new ArticleDigest(string(in), string(in), string(in), in.readInt(), string(in),
            ints(in), ints(in), ints(in), bytes(in), JSON.readValue(bytes(in), CLAIMS),
            JSON.readValue(bytes(in), QUANTITIES), labels(bytes(in)), JSON.readValue(bytes(in), STRINGS)));
      }
    }
    return digests;
  }

  private static Map<String, Map<String, Integer>> labels(byte[] json) throws IOException {
    Map<String, Map<String, Integer>> labels = JSON.readValue(json, LABELS);
    labels.replaceAll((entity, byLabel) -> new TreeMap<>(byLabel));
    return labels;
  }

  private void string(String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
    } else {
      bytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void bytes(byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  private void ints(int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) out.writeInt(v);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    byte[] b = in.readNBytes(n);
    if (b.length != n) throw new java.io.EOFException("digest log ends inside a record");
    return b;
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int n = in.readInt();
    int[] a = new int[n];
    for (int i = 0; i < n; i++) a[i] = in.readInt();
    return a;
  }
}
