package org.isnad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.isnad.model.RawDocument;

/**
 * Streams documents out of files and directories (recursed in sorted order), detecting each file's
 * format from its content ({@link Format}): plain text (UTF-8 or Windows-1256), HTML pages, JSON Lines,
 * WARC, RSS/Atom, each also gzip-compressed. One document at a time reaches {@code docs}; nothing holds
 * a whole file, except a single text, HTML or feed file (at most {@link #DEFAULT_CAP} bytes).
 *
 * <p>Every input that cannot be read, and every record inside a container that cannot, reaches
 * {@code problems} as exactly one line naming it and the reason; all other inputs and records still go
 * through. Ids follow SPEC: the file name without extension for a file, the record's own id for a JSON
 * line, a WARC record or a feed item; a repeated id gets {@code -2}, {@code -3}, ... in input order, so
 * ids are unique and stable across runs on the same input.
 */
public final class InputReader {
  /** Largest single document (a text or HTML file, a JSON line, a feed, a WARC payload) read into memory: 20 MB. */
  public static final int DEFAULT_CAP = 20 << 20;

  static final ObjectMapper JSON = new ObjectMapper();

  /** Thrown by a consumer to end reading at once (its writer failed); never reported as a bad input. */
  public static final class Stopped extends RuntimeException {
    public Stopped() {
      super("reading stopped", null, false, false);
    }
  }

  private final int cap;
  private final Consumer<RawDocument> docs;
  private final Consumer<InputProblem> problems;
  private final Map<String, Integer> seenIds = new HashMap<>();

  private InputReader(int cap, Consumer<RawDocument> docs, Consumer<InputProblem> problems) {
    this.cap = cap;
    this.docs = docs;
    this.problems = problems;
  }

  /** Reads every input in order, sending documents to {@code docs} and unreadable inputs or records to {@code problems}. */
  public static int read(List<Path> inputs, Consumer<RawDocument> docs, Consumer<InputProblem> problems) {
    return read(inputs, DEFAULT_CAP, docs, problems);
  }

  /**
   * Whether a file met while recursing a directory may hold articles: hidden files and a directory's
   * own notes (README, LICENSE, NOTICE, *.md) are skipped, so that a corpus can carry its citation.
   * A file named explicitly on the command line is always read.
   */
  static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString();
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    return !name.startsWith(".") && !upper.startsWith("README") && !upper.startsWith("LICENSE")
        && !upper.startsWith("NOTICE") && !upper.endsWith(".MD");
  }

  /**
   * As {@link #read(List, Consumer, Consumer)}, refusing any single document larger than {@code capBytes};
   * returns how many files were opened.
   */
  public static int read(List<Path> inputs, int capBytes, Consumer<RawDocument> docs, Consumer<InputProblem> problems) {
    InputReader r = new InputReader(capBytes, docs, problems);
    int files = 0;
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        for (Path p : r.articleFiles(in)) {
          files++;
          r.readFile(p);
        }
      } else if (Files.isRegularFile(in)) {
        files++;
        r.readFile(in);
      } else if (Files.isSymbolicLink(in)) {
        r.problem(in.toString(), danglingLink(in));
      } else if (Files.exists(in)) {
        r.problem(in.toString(), "not a regular file (a device, pipe or socket)");
      } else {
        r.problem(in.toString(), "no such file or directory");
      }
    }
    return files;
  }

  /**
   * The article files under {@code dir} (symbolic links followed), sorted. An entry that cannot be read,
   * a link loop, a dangling link or a device is reported as itself and left out; the rest is still listed.
   */
  private List<Path> articleFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    List<InputProblem> skipped = new ArrayList<>(); // reported in path order, as the files are read
    java.util.function.BiConsumer<Path, String> problem = (p, reason) -> skipped.add(new InputProblem(p.toString(), reason));
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            if (isArticleFile(f)) files.add(f);
          } else if (attrs.isSymbolicLink()) {
            problem.accept(f, danglingLink(f)); // a link followed but unresolved: its target is missing
          } else if (attrs.isOther()) {
            problem.accept(f, "not a regular file (a device, pipe or socket)");
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          if (e instanceof FileSystemLoopException) {
            problem.accept(f, "symbolic link loop (it leads back to a folder above it)");
          } else if (e instanceof AccessDeniedException) {
            problem.accept(f, "cannot read folder (permission denied)");
          } else {
            problem.accept(f, "cannot read: " + e.getMessage());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) {
          if (e != null) problem.accept(d, "cannot list folder completely: " + e.getMessage());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problem.accept(dir, "cannot list folder: " + e.getMessage());
    }
    skipped.sort(java.util.Comparator.comparing(InputProblem::path));
    for (InputProblem p : skipped) problem(p.path(), p.reason());
    files.sort(null);
    return files;
  }

  private static String danglingLink(Path link) {
    try {
      return "dangling symbolic link (its target " + Files.readSymbolicLink(link) + " does not exist)";
    } catch (IOException e) {
      return "dangling symbolic link";
    }
  }

  /** Convenience for tests and small tools: every document of {@code inputs}, problems to {@code problems}. */
  public static List<RawDocument> readAll(List<Path> inputs, Consumer<InputProblem> problems) {
    List<RawDocument> out = new ArrayList<>();
    read(inputs, out::add, problems);
    return out;
  }

  private void readFile(Path p) {
    String where = p.toString();
    try {
      if (!Files.isReadable(p)) {
        problem(where, "cannot read file (permission denied)");
        return;
      }
      if (Files.size(p) == 0) {
        problem(where, "empty file");
        return;
      }
      byte[] raw = head(Files.newInputStream(p));
      boolean gz = raw.length >= 2 && raw[0] == (byte) 0x1F && raw[1] == (byte) 0x8B;
      byte[] head = gz ? gunzipHead(p) : raw;
      Format f = Format.detect(head, head.length);
      String base = baseName(p);
      switch (f) {
        case EMPTY -> problem(where, gz ? "empty file (inside gzip)" : "empty file (only whitespace)");
        case BINARY -> {
          String kind = Format.binaryKind(head, head.length);
          problem(where, "binary file" + ("binary".equals(kind) ? "" : " (" + kind + ")")
              + ", not text, HTML, JSON Lines, WARC or a feed");
        }
        case XML -> problem(where, "XML that is neither an RSS nor an Atom feed");
        case JSONL -> readJsonLines(p, gz, base);
        case JSON_ARRAY -> readJsonArray(p, gz, base);
        case WARC -> {
          new WarcRecords(this, where, base, cap).read(() -> open(p, gz));
        }
        case FEED -> {
          byte[] bytes = bounded(p, gz, where);
          if (bytes != null) new FeedItems(this, where, base).read(bytes);
        }
        case HTML, TEXT -> readPage(p, gz, base, f == Format.HTML);
      }
    } catch (EOFException | ZipException e) {
      problem(where, "truncated or corrupt gzip: " + e.getMessage());
    } catch (Stopped e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      problem(where, "cannot read: " + e);
    }
  }

  private void readPage(Path p, boolean gz, String base, boolean html) throws IOException {
    String where = p.toString();
    byte[] bytes = bounded(p, gz, where);
    if (bytes == null) return;
    if (html) {
      HtmlPage page = HtmlPage.parse(bytes, null, null);
      if (page.text().isBlank()) {
        problem(where, "HTML page has no text");
        return;
      }
      deliver(new RawDocument(uniqueId(base), where, page.siteName(), page.url(), page.published(), page.title(),
          page.text(), false));
      return;
    }
    TextDecoding.Decoded d;
    try {
      d = TextDecoding.decode(bytes, bytes.length);
    } catch (TextDecoding.UndecodableException e) {
      problem(where, e.getMessage());
      return;
    }
    PlainText t = PlainText.of(d.text());
    if (t.body().isBlank()) {
      problem(where, "empty file (only whitespace)");
      return;
    }
    deliver(new RawDocument(uniqueId(base), where, null, null, null, t.title(), t.body(), false));
  }

  private void readJsonLines(Path p, boolean gz, String base) throws IOException {
    String file = p.toString();
    try (InputStream in = open(p, gz)) {
      ByteLines lines = new ByteLines(in, cap);
      long delivered = 0;
      try {
        while (lines.next()) {
          String where = file + "#" + lines.number();
          if (lines.tooLong()) {
            problem(where, "line longer than the " + (cap >> 20) + " MB limit (" + lines.skippedBytes() + " bytes); skipped");
            continue;
          }
          if (lines.blank()) continue;
          JsonNode j;
          try {
            j = JSON.readTree(lines.bytes(), 0, lines.length());
          } catch (JsonProcessingException e) {
            problem(where, "bad JSON line: " + e.getOriginalMessage());
            continue;
          }
          if (j == null || !j.isObject()) {
            problem(where, "bad JSON line: not an object");
            continue;
          }
          if (jsonRecord(j, where, base + "-" + lines.number())) delivered++;
        }
      } catch (EOFException | ZipException e) {
        problem(file, "truncated or corrupt gzip after line " + lines.number() + " (" + delivered + " records read): "
            + e.getMessage());
      }
    }
  }

  /** A JSON array of article objects (the same fields as JSON Lines), streamed one element at a time. */
  private void readJsonArray(Path p, boolean gz, String base) throws IOException {
    String file = p.toString();
    int n = 0;
    try (InputStream in = open(p, gz); com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(in)) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        problem(file, "bad JSON: not an array");
        return;
      }
      com.fasterxml.jackson.core.JsonToken t;
      while ((t = parser.nextToken()) != com.fasterxml.jackson.core.JsonToken.END_ARRAY && t != null) {
        n++;
        String where = file + "#" + n;
        if (t != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          parser.skipChildren();
          problem(where, "bad JSON array element: not an object");
          continue;
        }
        JsonNode j = JSON.readTree(parser);
        jsonRecord(j, where, base + "-" + n);
      }
    } catch (JsonProcessingException e) {
      problem(file, "bad JSON after element " + n + ": " + e.getOriginalMessage());
    } catch (EOFException | ZipException e) {
      problem(file, "truncated or corrupt gzip after element " + n + ": " + e.getMessage());
    }
  }

  /** Delivers one JSON Lines record; false (after reporting it) when it holds no text. */
  private boolean jsonRecord(JsonNode j, String where, String fallbackId) {
    String id = txt(j, "id");
    for (String field : new String[] {"text", "html", "title"}) {
      JsonNode v = j.get(field);
      // a number or a list where text belongs is a broken export, not an article to read as its JSON
      if (v != null && !v.isNull() && !v.isTextual()) {
        problem(where, field + " is not a string but " + kind(v) + (id == null ? "" : " (record " + id + ")"));
        return false;
      }
    }
    String outlet = txt(j, "outlet");
    String url = firstNonNull(txt(j, "url"), txt(j, "link"));
    String published = PublishedDate.iso(firstNonNull(txt(j, "published"), txt(j, "date")));
    String title = txt(j, "title");
    String byline = txt(j, "byline");
    String text = txt(j, "text");
    if (text == null || text.isBlank()) {
      String html = txt(j, "html");
      if (html == null || html.isBlank()) {
        problem(where, "no text" + (id == null ? "" : " (record " + id + ")"));
        return false;
      }
      HtmlPage page = HtmlPage.parse(html, url);
      if (page.text().isBlank()) {
        problem(where, "HTML page has no text" + (id == null ? "" : " (record " + id + ")"));
        return false;
      }
      text = page.text();
      if (title == null) title = page.title();
      if (published == null) published = page.published();
      if (outlet == null) outlet = page.siteName();
      if (url == null) url = page.url();
    }
    deliver(new RawDocument(uniqueId(id == null || id.isBlank() ? fallbackId : id), where, outlet, url, published,
        title, text, false, byline));
    return true;
  }

  // ---- shared by the container readers ----

  void deliver(RawDocument d) {
    docs.accept(d);
  }

  void problem(String where, String reason) {
    // one line each, whatever the exception message holds
    problems.accept(new InputProblem(where, reason == null ? "unknown error" : reason.replaceAll("\\s+", " ").strip()));
  }

  /** {@code id}, or {@code id-2}, {@code id-3}... when it was already given out in this run. */
  String uniqueId(String id) {
    Integer n = seenIds.merge(id, 1, Integer::sum);
    if (n == 1) return id;
    String candidate = id + "-" + n;
    while (seenIds.containsKey(candidate)) candidate = id + "-" + (++n);
    seenIds.put(candidate, 1);
    return candidate;
  }

  private static InputStream open(Path p, boolean gz) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
    return gz ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  /** The whole (decompressed) content, or null after reporting it when it is larger than the cap. */
  private byte[] bounded(Path p, boolean gz, String where) throws IOException {
    if (!gz && Files.size(p) > cap) {
      problem(where, "larger than the " + (cap >> 20) + " MB limit for a single document; skipped");
      return null;
    }
    try (InputStream in = open(p, gz)) {
      byte[] b = in.readNBytes(cap + 1);
      if (b.length > cap) {
        problem(where, "larger than the " + (cap >> 20) + " MB limit for a single document; skipped");
        return null;
      }
      return b;
    }
  }

  private static byte[] head(InputStream in) throws IOException {
    try (in) {
      return in.readNBytes(Format.HEAD);
    }
  }

  /** The first decompressed bytes; as many as there are when the gzip is truncated within them. */
  private static byte[] gunzipHead(Path p) throws IOException {
    byte[] buf = new byte[Format.HEAD];
    int n = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p), 1 << 13)) {
      while (n < buf.length) {
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) break;
        n += r;
      }
    } catch (EOFException | ZipException e) {
      if (n == 0) throw e;
    }
    return java.util.Arrays.copyOf(buf, n);
  }

  /** The file name without {@code .gz} and without its last extension ("a.warc.gz" → "a", "x.html" → "x"). */
  static String baseName(Path p) {
    String name = p.getFileName().toString();
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String kind(JsonNode v) {
    return v.isNumber() ? "a number" : v.isArray() ? "a list" : v.isObject() ? "an object" : v.isBoolean() ? "a boolean" : "a " + v.getNodeType();
  }

  static String txt(JsonNode j, String f) {
    JsonNode v = j.get(f);
    if (v == null || v.isNull()) return null;
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.isBlank() ? null : s;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
