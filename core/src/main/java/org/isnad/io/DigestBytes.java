package org.isnad.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.InflaterInputStream;
import org.isnad.link.ArticleDigest;
import org.isnad.model.Claim;
import org.isnad.model.Quantity;

/**
 * One {@link ArticleDigest} as bytes and back: for the digest log of a resumable run, and for moving
 * digests between machines (the Spark job's shuffles). Binary, deflated (the word hashes and offsets are
 * most of it, offsets as gaps, which deflate well); the claims, quantities and labels inside as JSON.
 */
public final class DigestBytes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Claim>> CLAIMS = new TypeReference<>() {};
  private static final TypeReference<List<Quantity>> QUANTITIES = new TypeReference<>() {};
  // sorted, as FramingAnalyzer#labels makes them
  private static final TypeReference<TreeMap<String, Map<String, Integer>>> LABELS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private DigestBytes() {}

  public static byte[] encode(ArticleDigest d) {
    try {
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
      return deflate(raw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: only a serialisation bug gets here
    }
  }

  public static ArticleDigest decode(byte[] encoded) throws IOException {
    DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(encoded)));
    String id = string(in);
    String outlet = string(in);
    String published = string(in);
    int day = in.readInt();
    String title = string(in);
    int[] hash = ints(in);
    int[][] offsets = offsets(ints(in));
    return new ArticleDigest(id, outlet, published, day, title, hash, offsets[0], offsets[1], bytes(in),
        JSON.readValue(bytes(in), CLAIMS), JSON.readValue(bytes(in), QUANTITIES), labels(bytes(in)),
        JSON.readValue(bytes(in), STRINGS));
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
    if (b.length != n) throw new java.io.EOFException("digest ends inside a field");
    return b;
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int n = in.readInt();
    int[] a = new int[n];
    for (int i = 0; i < n; i++) a[i] = in.readInt();
    return a;
  }
}
