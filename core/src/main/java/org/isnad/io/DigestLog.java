package org.isnad.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;
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

  /** One record: its length, then the digest deflated (word offsets as gaps, which deflate well). */
  void append(ArticleDigest d) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(4096 + d.words() * 12);
    DataOutputStream r = new DataOutputStream(raw);
    string(r, d.id());
    string(r, d.outlet());
    string(r, d.published());
    r.writeInt(d.day());
    string(r, d.title());
    ints(r, d.wordHash());
    ints(r, gaps(d.wordStart(), d.wordEnd()));
    bytes(r, d.packedText());
    bytes(r, JSON.writeValueAsBytes(d.claims()));
    bytes(r, JSON.writeValueAsBytes(d.quantities()));
    bytes(r, JSON.writeValueAsBytes(d.labels()));
    bytes(r, JSON.writeValueAsBytes(d.entities()));
    bytes(out, deflate(raw.toByteArray()));
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
        DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes(log))));
        String id = string(in);
        String outlet = string(in);
        String published = string(in);
        int day = in.readInt();
        String title = string(in);
        int[] hash = ints(in);
        int[][] offsets = offsets(ints(in));
        digests.add(new ArticleDigest(id, outlet, published, day, title, hash, offsets[0], offsets[1], bytes(in),
            JSON.readValue(bytes(in), CLAIMS), JSON.readValue(bytes(in), QUANTITIES), labels(bytes(in)),
            JSON.readValue(bytes(in), STRINGS)));
      }
    }
    return digests;
  }

  /** Word offsets as the gap before each word and its length: small numbers. */
  private static int[] gaps(int[] start, int[] end) {
    int[] g = new int[start.length * 2];
    int last = 0;
    for (int i = 0; i < start.length; i++) {
      g[2 * i] = start[i] - last;
      g[2 * i + 1] = end[i] - start[i];
      last = end[i];
    }
    return g;
  }

  private static int[][] offsets(int[] gaps) {
    int n = gaps.length / 2;
    int[] start = new int[n];
    int[] end = new int[n];
    int last = 0;
    for (int i = 0; i < n; i++) {
      start[i] = last + gaps[2 * i];
      end[i] = start[i] + gaps[2 * i + 1];
      last = end[i];
    }
    return new int[][] {start, end};
  }

  private static byte[] deflate(byte[] in) {
    Deflater def = new Deflater(Deflater.BEST_SPEED);
    try {
      def.setInput(in);
      def.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
      byte[] buf = new byte[8192];
      while (!def.finished()) out.write(buf, 0, def.deflate(buf));
      return out.toByteArray();
    } finally {
      def.end();
    }
  }

  private static Map<String, Map<String, Integer>> labels(byte[] json) throws IOException {
    Map<String, Map<String, Integer>> labels = JSON.readValue(json, LABELS);
    labels.replaceAll((entity, byLabel) -> new TreeMap<>(byLabel));
    return labels;
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
    } else {
      bytes(out, s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void bytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
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
