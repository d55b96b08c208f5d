package org.isnad.app.report;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * {@code serve.idx}: what {@link Dataset} holds in memory of the JSONL files (article, claim and event
 * references with their line positions, the lines of each article, actors, counts) in a compact binary
 * form, written by {@code analyze} (and by {@code serve} after a start without it), so that the server
 * reads one file of plain numbers and a table of distinct strings instead of parsing the JSON. It is
 * optional and never trusted blindly: it records each JSONL file's size and a checksum of its first and
 * last 64 KB, and a data set whose files no longer match is read from the files, as without it.
 *
 * <p>Layout (big-endian): magic, version, per source file its size and checksum; the string table (count,
 * then length-prefixed UTF-8); then the sections in the order of {@link #writeBody}, strings as table
 * indexes (-1 for null).
 */
final class DatasetIndex {
  static final String NAME = "serve.idx";
  private static final long MAGIC = 0x4953_4E41_4449_4458L; // "ISNADIDX"
  /** Bumped whenever the layout or what a section holds changes: an older file is then not used. */
  private static final int VERSION = 1;
  static final String[] SOURCES = {"articles.jsonl", "mentions.jsonl", "quantities.jsonl", "claims.jsonl",
      "events.jsonl", "reuse.jsonl"};
  private static final int EDGE = 64 * 1024;

  private DatasetIndex() {}

  static Path file(Path dataDir) {
    return dataDir.resolve(NAME);
  }

  // --- writing ---

  /** Writes {@code serve.idx} beside the data set's files (through a temporary file and a rename). */
  static void write(Dataset d) throws IOException {
    Strings strings = new Strings();
    ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(1 << 20);
    DataOutputStream body = new DataOutputStream(new java.io.BufferedOutputStream(bodyBytes, 1 << 16));
    writeBody(d, body, strings);
    body.flush();
    Path tmp = d.dir.resolve(NAME + ".tmp");
    try (OutputStream fo = Files.newOutputStream(tmp);
         DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(fo, 1 << 16))) {
      out.writeLong(MAGIC);
      out.writeInt(VERSION);
      for (String s : SOURCES) {
        long[] f = fingerprint(d.dir.resolve(s));
        out.writeLong(f[0]);
        out.writeLong(f[1]);
      }
      out.writeInt(strings.list.size());
      for (String s : strings.list) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
      bodyBytes.writeTo(out);
    }
    Files.move(tmp, file(d.dir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Distinct strings in order of first use; each written once. */
  private static final class Strings {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> list = new ArrayList<>();

    int id(String s) {
      if (s == null) return -1;
      Integer i = ids.get(s);
      if (i == null) {
        i = list.size();
        ids.put(s, i);
        list.add(s);
      }
      return i;
    }
  }

  private static void str(DataOutputStream out, Strings t, String s) throws IOException {
    out.writeInt(t.id(s));
  }

  private static void writeBody(Dataset d, DataOutputStream out, Strings t) throws IOException {
    out.writeLong(d.mentionCount);
    out.writeLong(d.quantityCount);
    out.writeLong(d.claimCount);
    out.writeLong(d.reuseCount);
    out.writeInt(d.articles.size());
    for (Dataset.ArticleRef a : d.articles) {
      str(out, t, a.id());
      str(out, t, a.outlet());
      str(out, t, a.published());
      str(out, t, a.title());
      out.writeLong(a.line());
    }
    out.writeInt(d.outletArticles.size());
    for (var e : d.outletArticles.entrySet()) {
      str(out, t, e.getKey());
      out.writeInt(e.getValue());
    }
    for (Map<String, Dataset.LineList> lines : List.of(d.mentionLines, d.quantityLines, d.claimLines, d.reuseLines)) {
      out.writeInt(lines.size());
      for (var e : lines.entrySet()) {
        str(out, t, e.getKey());
        Dataset.LineList l = e.getValue();
        out.writeInt(l.size);
        for (int i = 0; i < l.size; i++) out.writeLong(l.items[i]);
      }
    }
    out.writeInt(d.claimRefs.size());
    for (Dataset.ClaimRef c : d.claimRefs) {
      for (String s : new String[] {c.id(), c.article(), c.type(), c.date(), c.actor(), c.target(), c.source(),
          c.place(), c.placeText(), c.event()}) {
        str(out, t, s);
      }
      out.writeLong(c.line());
    }
    out.writeInt(d.entitiesOfArticle.size());
    for (var e : d.entitiesOfArticle.entrySet()) {
      str(out, t, e.getKey());
      out.writeInt(e.getValue().size());
      for (String s : e.getValue()) str(out, t, s);
    }
    out.writeInt(d.events.size());
    for (Dataset.EventRef e : d.events.values()) {
      str(out, t, e.id());
      str(out, t, e.type());
      str(out, t, e.date());
      Dataset.Place p = e.location();
      out.writeBoolean(p != null);
      if (p != null) {
        str(out, t, p.text());
        str(out, t, p.entity());
        out.writeDouble(p.lat());
        out.writeDouble(p.lon());
      }
      roles(out, t, e.actors());
      roles(out, t, e.actor());
      roles(out, t, e.target());
      strings(out, t, e.outlets());
      strings(out, t, e.articles());
      out.writeInt(e.independent());
      out.writeInt(e.contradictions());
      out.writeLong(e.line());
    }
    out.writeInt(d.actors.size());
    for (Dataset.Actor a : d.actors.values()) {
      str(out, t, a.id);
      str(out, t, a.label);
      str(out, t, a.type);
      out.writeInt(a.mentions);
      out.writeInt(a.articles);
      out.writeInt(a.labelsByOutlet.size());
      for (var o : a.labelsByOutlet.entrySet()) {
        str(out, t, o.getKey());
        out.writeInt(o.getValue().size());
        for (var l : o.getValue().entrySet()) {
          str(out, t, l.getKey());
          out.writeInt(l.getValue());
        }
      }
      strings(out, t, a.sampleArticles);
    }
  }

  /** A role list; -1 for none (an event without lists by role). */
  private static void roles(DataOutputStream out, Strings t, List<Dataset.Role> roles) throws IOException {
    if (roles == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(roles.size());
    for (Dataset.Role r : roles) {
      str(out, t, r.text());
      str(out, t, r.entity());
    }
  }

  private static void strings(DataOutputStream out, Strings t, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) str(out, t, s);
  }

  /** A file's size and a CRC-32 of its first and last {@link #EDGE} bytes; {-1, 0} when it is missing. */
  static long[] fingerprint(Path f) throws IOException {
    if (!Files.isRegularFile(f)) return new long[] {-1, 0};
    try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = c.size();
      CRC32 crc = new CRC32();
      ByteBuffer b = ByteBuffer.allocate((int) Math.min(size, EDGE));
      readFully(c, b, 0);
      crc.update(b.flip());
      if (size > EDGE) {
        b = ByteBuffer.allocate((int) Math.min(size - EDGE, EDGE));
        readFully(c, b, size - b.capacity());
        crc.update(b.flip());
      }
      return new long[] {size, crc.getValue()};
    }
  }

  private static void readFully(FileChannel c, ByteBuffer b, long at) throws IOException {
    while (b.hasRemaining()) {
      if (c.read(b, at + b.position()) < 0) break;
    }
  }

  // --- reading ---

  /**
   * Fills {@code d}'s lists from {@code serve.idx} when it exists and matches the files; {@code false}
   * (with {@code d} left empty) otherwise, saying why on stderr when the file is there but not used.
   */
  static boolean read(Dataset d) throws IOException {
    Path f = file(d.dir);
    if (!Files.isRegularFile(f)) return false;
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(f));
    try {
      if (in.remaining() < 12 || in.getLong() != MAGIC || in.getInt() != VERSION) {
        System.err.println("isnad: " + f + ": written by another version; reading the JSONL files");
        return false;
      }
      for (String s : SOURCES) {
        long size = in.getLong(), crc = in.getLong();
        long[] now = fingerprint(d.dir.resolve(s));
        if (now[0] != size || now[1] != crc) {
          System.err.println("isnad: " + f + ": " + s + " has changed since it was written; reading the JSONL files");
          return false;
        }
      }
      String[] table = new String[in.getInt()];
      byte[] raw = in.array();
      for (int i = 0; i < table.length; i++) {
        int len = in.getInt();
        table[i] = new String(raw, in.position(), len, StandardCharsets.UTF_8);
        in.position(in.position() + len);
      }
      readBody(d, in, table);
      return true;
    } catch (RuntimeException e) { // truncated or corrupt: BufferUnderflow, bad index
      clear(d);
      System.err.println("isnad: " + f + ": unreadable (" + e + "); reading the JSONL files");
      return false;
    }
  }

  private static String str(ByteBuffer in, String[] t) {
    int i = in.getInt();
    return i < 0 ? null : t[i];
  }

  private static void readBody(Dataset d, ByteBuffer in, String[] t) {
    d.mentionCount = in.getLong();
    d.quantityCount = in.getLong();
    d.claimCount = in.getLong();
    d.reuseCount = in.getLong();
    int n = in.getInt();
    for (int i = 0; i < n; i++) {
      Dataset.ArticleRef a = new Dataset.ArticleRef(str(in, t), str(in, t), str(in, t), str(in, t), in.getLong());
      d.articleIndex.put(a.id(), d.articles.size());
      d.articles.add(a);
    }
    n = in.getInt();
    for (int i = 0; i < n; i++) d.outletArticles.put(str(in, t), in.getInt());
    for (Map<String, Dataset.LineList> lines : List.of(d.mentionLines, d.quantityLines, d.claimLines, d.reuseLines)) {
      n = in.getInt();
      for (int i = 0; i < n; i++) {
        String key = str(in, t);
        long[] items = new long[in.getInt()];
        in.asLongBuffer().get(items);
        in.position(in.position() + 8 * items.length);
        lines.put(key, new Dataset.LineList(items));
      }
    }
    n = in.getInt();
    for (int i = 0; i < n; i++) {
      Dataset.ClaimRef c = new Dataset.ClaimRef(str(in, t), str(in, t), str(in, t), str(in, t), str(in, t), str(in, t),
          str(in, t), str(in, t), str(in, t), str(in, t), in.getLong());
      d.claimRefs.add(c);
      d.claimById.put(c.id(), c);
    }
    n = in.getInt();
    for (int i = 0; i < n; i++) {
      String key = str(in, t);
      int k = in.getInt();
      Set<String> s = new HashSet<>(Math.max(8, k * 2));
      for (int j = 0; j < k; j++) s.add(str(in, t));
      d.entitiesOfArticle.put(key, s);
    }
    n = in.getInt();
    for (int i = 0; i < n; i++) {
      String id = str(in, t), type = str(in, t), date = str(in, t);
      Dataset.Place p = in.get() != 0 ? new Dataset.Place(str(in, t), str(in, t), in.getDouble(), in.getDouble()) : null;
      List<Dataset.Role> actors = roles(in, t), actor = roles(in, t), target = roles(in, t);
      List<String> outlets = strings(in, t), arts = strings(in, t);
      Dataset.EventRef e = new Dataset.EventRef(id, type, date, p, actors == null ? List.of() : actors, actor, target,
          outlets, arts, in.getInt(), in.getInt(), in.getLong());
      d.events.put(id, e);
    }
    n = in.getInt();
    for (int i = 0; i < n; i++) {
      Dataset.Actor a = new Dataset.Actor(str(in, t));
      a.label = str(in, t);
      a.type = str(in, t);
      a.mentions = in.getInt();
      a.articles = in.getInt();
      int outlets = in.getInt();
      for (int j = 0; j < outlets; j++) {
        String outlet = str(in, t);
        int k = in.getInt();
        Map<String, Integer> labels = new TreeMap<>();
        for (int l = 0; l < k; l++) labels.put(str(in, t), in.getInt());
        a.labelsByOutlet.put(outlet, labels);
      }
      a.sampleArticles.addAll(strings(in, t));
      d.actors.put(a.id, a);
    }
    if (in.hasRemaining()) throw new IllegalStateException(in.remaining() + " bytes after the last section");
  }

  private static List<Dataset.Role> roles(ByteBuffer in, String[] t) {
    int n = in.getInt();
    if (n < 0) return null;
    if (n == 0) return List.of();
    Dataset.Role[] out = new Dataset.Role[n];
    for (int i = 0; i < n; i++) out[i] = new Dataset.Role(str(in, t), str(in, t));
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  private static List<String> strings(ByteBuffer in, String[] t) {
    int n = in.getInt();
    if (n == 0) return List.of();
    String[] out = new String[n];
    for (int i = 0; i < n; i++) out[i] = str(in, t);
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** Empties what a failed read may have filled, so the files can be read into a clean data set. */
  private static void clear(Dataset d) {
    d.articles.clear();
    d.articleIndex.clear();
    d.outletArticles.clear();
    d.mentionLines.clear();
    d.quantityLines.clear();
    d.claimLines.clear();
    d.reuseLines.clear();
    d.claimRefs.clear();
    d.claimById.clear();
    d.entitiesOfArticle.clear();
    d.events.clear();
    d.actors.clear();
    d.mentionCount = d.quantityCount = d.claimCount = d.reuseCount = 0;
  }
}
