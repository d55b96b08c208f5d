package org.isnad.app.report;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Read access to an analysed data set (SPEC "Output") without holding the article texts: one pass over
 * each JSONL file keeps, per article, the byte positions of its lines (articles, mentions, quantities,
 * claims, copied passages), so a page reads only the lines it shows. Events, stories and framing.json,
 * which are small next to the texts, stay parsed. Aggregates every page needs (counts, outlets, the
 * labels each outlet uses per actor) are computed in the same pass. Files a stage has not written yet
 * read as empty. Thread-safe once built (positional reads).
 */
public final class Dataset implements Closeable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** What lists need of an article; the text stays on disk. */
  public record ArticleRef(String id, String outlet, String published, String title, long line) {}

  /**
   * What the claims list filters and sorts on, held for every claim (the sentence stays on disk):
   * type, date, the actor's, target's, source's and place's canonical ids, the event.
   */
  public record ClaimRef(String id, String article, String type, String date, String actor, String target,
                         String source, String place, String placeText, String event, long line) {}

  /** A role in an event: the name as written and its catalogue id (either may be null). */
  public record Role(String text, String entity) {}

  /** Where an event happened; {@code lat}/{@code lon} are NaN when the place has no coordinates. */
  public record Place(String text, String entity, double lat, double lon) {
    public boolean placed() {
      return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
  }

  /**
   * What lists, filters, titles, the map and the timeline need of an event, held for every event; the
   * claims and contradictions themselves stay on disk ({@link #eventRecord}). {@code actor} and
   * {@code target} are null when linking did not write the lists by role; outlets may hold nulls.
   */
  public record EventRef(String id, String type, String date, Place location, List<Role> actors, List<Role> actor,
                         List<Role> target, List<String> outlets, List<String> articles, int independent,
                         int contradictions, long line) {}

  /** Everything known about one actor (entity) from the mentions. */
  public static final class Actor {
    final String id;
    String label;
    String type;
    int mentions;
    int articles;
    String lastArticle;
    final Map<String, Map<String, Integer>> labelsByOutlet = new TreeMap<>();
    final List<String> sampleArticles = new ArrayList<>();

    Actor(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    public String type() {
      return type;
    }

    public int mentions() {
      return mentions;
    }

    public int articles() {
      return articles;
    }

    public Map<String, Map<String, Integer>> labelsByOutlet() {
      return labelsByOutlet;
    }

    public List<String> sampleArticles() {
      return sampleArticles;
    }
  }

  private static final int SAMPLE_ARTICLES = 50;

  // package-private: DatasetIndex writes and reads them
  final Path dir;
  final List<ArticleRef> articles = new ArrayList<>();
  final Map<String, Integer> articleIndex = new HashMap<>();
  final Map<String, LineList> mentionLines = new HashMap<>();
  final Map<String, LineList> quantityLines = new HashMap<>();
  final Map<String, LineList> claimLines = new HashMap<>();
  final Map<String, LineList> reuseLines = new HashMap<>();
  final Map<String, ClaimRef> claimById = new HashMap<>();
  final List<ClaimRef> claimRefs = new ArrayList<>();
  /** Canonical ids mentioned in each article (actors and places), for the filters. */
  final Map<String, Set<String>> entitiesOfArticle = new HashMap<>();
  final Map<String, String> storyOfEvent = new HashMap<>();
  final Map<String, EventRef> events = new LinkedHashMap<>();
  final Map<String, JsonNode> stories = new LinkedHashMap<>();
  final Map<String, String> storyOfArticle = new HashMap<>();
  final Map<String, Actor> actors = new HashMap<>();
  final Map<String, Integer> outletArticles = new TreeMap<>();
  JsonNode framing = MissingNode.getInstance();
  long mentionCount, quantityCount, claimCount, reuseCount;
  /** Whether the lists came from {@code serve.idx} rather than from the JSONL files. */
  boolean fromIndex;
  private final Map<String, FileChannel> channels = new HashMap<>();
  private final Map<String, JsonNode> eventRecords = new EventRecords();

  private Dataset(Path dir) {
    this.dir = dir;
  }

  /**
   * Reads the data set in {@code dir}; {@code articles.jsonl} must exist, every other file may be missing.
   * The lists come from {@code serve.idx} when it is there and matches the files ({@link DatasetIndex});
   * else from one pass over each JSONL file.
   */
  public static Dataset open(Path dir) throws IOException {
    check(dir);
    Dataset d = new Dataset(dir);
    d.load();
    return d;
  }

  /** Fails, saying what to do, when {@code dir} holds no data set (without reading it). */
  public static void check(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("articles.jsonl"))) {
      throw new IOException(dir + ": no articles.jsonl (run: isnad analyze --out " + dir + " INPUT...)");
    }
  }

  /**
   * Writes {@code serve.idx} for these lists, so the next open reads it instead of the JSONL files
   * ({@link DatasetIndex}); analyze does so after the report, serve after a start without it.
   */
  public void writeIndex() throws IOException {
    DatasetIndex.write(this);
  }

  /** Whether the lists were read from {@code serve.idx} (else the JSONL files were scanned). */
  public boolean fromIndex() {
    return fromIndex;
  }

  /**
   * Stories and framing.json on a thread of their own (small, parsed); the rest from the index when it
   * is current, else from the JSONL files: three independent passes on threads of their own (the files
   * do not depend on each other, except mentions on articles for their outlet), so reading takes the
   * time of the longest.
   */
  private void load() throws IOException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "isnad-load");
      t.setDaemon(true);
      return t;
    });
    try {
      java.util.concurrent.Future<?> linked = pool.submit(() -> {
        timed("stories.jsonl", () -> scan("stories.jsonl", (pos, s) -> {
          stories.put(s.path("id").asText(), s);
          for (JsonNode a : s.path("articles")) storyOfArticle.putIfAbsent(a.asText(), s.path("id").asText());
          for (JsonNode e : s.path("events")) storyOfEvent.putIfAbsent(e.asText(), s.path("id").asText());
        }));
        Path f = dir.resolve("framing.json");
        if (Files.isRegularFile(f) && Files.size(f) > 0) timed("framing.json", () -> framing = JSON.readTree(f.toFile()));
        return null;
      });
      fromIndex = tried("serve.idx", () -> DatasetIndex.read(this));
      if (!fromIndex) {
        java.util.concurrent.Future<?> evs = pool.submit(() -> {
          timed("events.jsonl", this::scanEvents);
          return null;
        });
        java.util.concurrent.Future<?> claims = pool.submit(() -> {
          timed("claims.jsonl", this::scanClaims);
          return null;
        });
        timed("articles.jsonl", this::scanArticles);
        timed("mentions.jsonl", this::scanMentions);
        timed("quantities.jsonl", () -> scan("quantities.jsonl", (pos, q) -> {
          quantityCount++;
          quantityLines.computeIfAbsent(q.path("article").asText(), k -> new LineList()).add(pos);
        }));
        timed("reuse.jsonl", () -> scan("reuse.jsonl", (pos, r) -> {
          reuseCount++;
          reuseLines.computeIfAbsent(r.path("a").asText(), k -> new LineList()).add(pos);
          reuseLines.computeIfAbsent(r.path("b").asText(), k -> new LineList()).add(pos);
        }));
        join(evs);
        join(claims);
      }
      join(linked);
    } finally {
      pool.shutdownNow();
    }
  }

  /** With {@code -Disnad.timing=true}, each stage of reading the data set and its time, on stderr. */
  private static final boolean TIMING = Boolean.getBoolean("isnad.timing");

  private interface Stage {
    void run() throws IOException;
  }

  private static void timed(String what, Stage stage) throws IOException {
    long t0 = System.nanoTime(), c0 = cpu();
    stage.run();
    if (TIMING) System.err.printf(java.util.Locale.ROOT, "isnad: read %s in %.2f s (%.2f s CPU)%n", what, (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9);
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private interface Check {
    boolean run() throws IOException;
  }

  private static boolean tried(String what, Check stage) throws IOException {
    long t0 = System.nanoTime(), c0 = cpu();
    boolean ok = stage.run();
    if (TIMING) System.err.printf(java.util.Locale.ROOT, "isnad: read %s in %.2f s (%.2f s CPU; %s)%n", what, (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9, ok ? "used" : "not used");
    return ok;
  }

  private void scanClaims() throws IOException {
    scanFlat("claims.jsonl", CLAIM_FIELDS, (pos, c) -> {
      claimCount++;
      String id = c.getOrDefault("id", ""), art = c.getOrDefault("article", "");
      claimLines.computeIfAbsent(art, k -> new LineList()).add(pos);
      ClaimRef ref = new ClaimRef(id, art, intern(c.get("type")), c.get("date"), intern(c.get("actor.entity")),
          intern(c.get("target.entity")), intern(c.get("source.entity")), intern(c.get("location.entity")),
          intern(c.get("location.text")), c.get("event"), pos);
      claimById.put(id, ref);
      claimRefs.add(ref);
    });
  }

  private void scanMentions() throws IOException {
    scanFlat("mentions.jsonl", MENTION_FIELDS, (pos, m) -> {
      mentionCount++;
      String art = m.getOrDefault("article", "");
      mentionLines.computeIfAbsent(art, k -> new LineList()).add(pos);
      String entity = m.get("entity");
      if (entity == null) return;
      entity = entity.intern(); // a few thousand catalogue ids shared by millions of mentions
      entitiesOfArticle.computeIfAbsent(art, k -> new HashSet<>(8)).add(entity);
      Actor a = actors.computeIfAbsent(entity, Actor::new);
      a.mentions++;
      if (a.label == null) a.label = m.get("label");
      if (a.type == null || "DESC".equals(a.type)) a.type = m.get("type");
      if (!art.equals(a.lastArticle)) {
        a.lastArticle = art;
        a.articles++;
        if (a.sampleArticles.size() < SAMPLE_ARTICLES) a.sampleArticles.add(art);
      }
      ArticleRef ref = article(art);
      String outlet = ref == null || ref.outlet() == null ? "" : ref.outlet();
      a.labelsByOutlet.computeIfAbsent(outlet, k -> new TreeMap<>()).merge(m.getOrDefault("text", ""), 1, Integer::sum);
    });
  }

  /** Events by the streaming parser into {@link EventRef}s: claims and contradictions are skipped, not built. */
  private void scanEvents() throws IOException {
    com.fasterxml.jackson.core.JsonFactory f = JSON.getFactory();
    scanLines("events.jsonl", (pos, buf, off, len) -> {
      try (com.fasterxml.jackson.core.JsonParser p = f.createParser(buf, off, len)) {
        if (p.nextToken() != JsonToken.START_OBJECT) throw new com.fasterxml.jackson.core.JsonParseException(p, "not an object");
        EventRef e = readEvent(p, pos);
        events.put(e.id(), e);
      }
    });
  }

  private static EventRef readEvent(com.fasterxml.jackson.core.JsonParser p, long pos) throws IOException {
    String id = "", type = null, date = null;
    Place loc = null;
    List<Role> actors = List.of(), actor = null, target = null;
    List<String> outlets = List.of(), arts = List.of();
    int independent = 0, contradictions = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getValueAsString() : "";
        case "type" -> type = scalar(p, t);
        case "date" -> date = scalar(p, t);
        case "location" -> loc = t == JsonToken.START_OBJECT ? readPlace(p) : skip(p, null);
        case "actors" -> actors = t == JsonToken.START_ARRAY ? readRoles(p) : skip(p, List.of());
        case "actor" -> actor = t == JsonToken.START_ARRAY ? readRoles(p) : skip(p, null);
        case "target" -> target = t == JsonToken.START_ARRAY ? readRoles(p) : skip(p, null);
        case "outlets" -> outlets = t == JsonToken.START_ARRAY ? readStrings(p, true) : skip(p, List.of());
        case "articles" -> arts = t == JsonToken.START_ARRAY ? readStrings(p, false) : skip(p, List.of());
        case "independent_sources" -> independent = t.isNumeric() ? p.getValueAsInt(0) : skip(p, 0);
        case "contradictions" -> {
          if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              contradictions++;
              p.skipChildren();
            }
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    return new EventRef(id, intern(type), date, loc, actors, actor, target, outlets, arts, independent, contradictions, pos);
  }

  private static <T> T skip(com.fasterxml.jackson.core.JsonParser p, T value) throws IOException {
    p.skipChildren();
    return value;
  }

  /** A string or number as text; null for null, objects and arrays (skipped). */
  private static String scalar(com.fasterxml.jackson.core.JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) return null;
    if (t.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return p.getValueAsString();
  }

  private static Place readPlace(com.fasterxml.jackson.core.JsonParser p) throws IOException {
    String text = null, entity = null;
    double lat = Double.NaN, lon = Double.NaN;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "text" -> text = intern(scalar(p, t));
        case "entity" -> entity = intern(scalar(p, t));
        case "lat" -> lat = t.isNumeric() ? p.getDoubleValue() : skip(p, Double.NaN);
        case "lon" -> lon = t.isNumeric() ? p.getDoubleValue() : skip(p, Double.NaN);
        default -> p.skipChildren();
      }
    }
    return new Place(text, entity, lat, lon);
  }

  private static List<Role> readRoles(com.fasterxml.jackson.core.JsonParser p) throws IOException {
    List<Role> out = new ArrayList<>(2);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        out.add(new Role(null, null));
        continue;
      }
      String text = null, entity = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        switch (field) {
          case "text" -> text = intern(scalar(p, v));
          case "entity" -> entity = intern(scalar(p, v));
          default -> p.skipChildren();
        }
      }
      out.add(new Role(text, entity));
    }
    return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
  }

  /** The array's strings; nulls stay (an outlet may be unknown). */
  private static List<String> readStrings(com.fasterxml.jackson.core.JsonParser p, boolean intern) throws IOException {
    List<String> out = new ArrayList<>(4);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) out.add(intern ? intern(scalar(p, t)) : scalar(p, t));
    return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
  }

  private static void join(java.util.concurrent.Future<?> f) throws IOException {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading the data set");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException(e.getCause());
    }
  }

  private static String intern(String s) {
    return s == null ? null : s.intern();
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Calls {@code each} with every line's packed position and parsed JSON; a missing file is empty. */
  private void scan(String name, LineVisitor each) throws IOException {
    scanLines(name, (pos, buf, off, len) -> each.visit(pos, JSON.readTree(buf, off, len)));
  }

  private static final Set<String> MENTION_FIELDS = Set.of("article", "entity", "label", "type", "text");
  private static final Set<String> CLAIM_FIELDS = Set.of("id", "article", "type", "date", "event", "actor.entity",
      "target.entity", "source.entity", "location.entity", "location.text");

  private interface FlatVisitor {
    void visit(long packed, Map<String, String> fields) throws IOException;
  }

  /**
   * Lines read by the streaming parser into only the {@code wanted} scalar fields, nested one level as
   * {@code parent.child} ("actor.entity"); everything else (sentences, chains, arrays) is skipped without
   * being built. Several times faster than a tree per line on the claims, most of whose bytes are text.
   */
  private void scanFlat(String name, Set<String> wanted, FlatVisitor each) throws IOException {
    com.fasterxml.jackson.core.JsonFactory f = JSON.getFactory();
    scanLines(name, (pos, buf, off, len) -> {
      Map<String, String> out = new HashMap<>(16);
      try (com.fasterxml.jackson.core.JsonParser p = f.createParser(buf, off, len)) {
        if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) throw new com.fasterxml.jackson.core.JsonParseException(p, "not an object");
        readFlat(p, "", wanted, out, 0);
      }
      each.visit(pos, out);
    });
  }

  private static void readFlat(com.fasterxml.jackson.core.JsonParser p, String prefix, Set<String> wanted,
                               Map<String, String> out, int depth) throws IOException {
    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
      String field = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
      com.fasterxml.jackson.core.JsonToken t = p.nextToken();
      if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT && depth == 0) {
        readFlat(p, field, wanted, out, 1);
      } else if (t.isStructStart()) {
        p.skipChildren();
      } else if (wanted.contains(field) && t != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
        out.put(field, p.getValueAsString());
      }
    }
  }

  /**
   * Articles: only the fields lists need are read; the text is skipped by the streaming parser without
   * being turned into a String (it is most of the file).
   */
  private void scanArticles() throws IOException {
    LineVisitor each = (pos, a) -> {
      String id = a.path("id").asText();
      String outlet = text(a, "outlet");
      articleIndex.put(id, articles.size());
      articles.add(new ArticleRef(id, outlet, text(a, "published"), text(a, "title"), pos));
      outletArticles.merge(outlet == null ? "" : outlet, 1, Integer::sum);
    };
    com.fasterxml.jackson.core.JsonFactory f = JSON.getFactory();
    scanLines("articles.jsonl", (pos, buf, off, len) -> {
      com.fasterxml.jackson.databind.node.ObjectNode n = JSON.createObjectNode();
      try (com.fasterxml.jackson.core.JsonParser p = f.createParser(buf, off, len)) {
        if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) throw new IOException("not an object");
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String field = p.currentName();
          com.fasterxml.jackson.core.JsonToken t = p.nextToken();
          switch (field) {
            case "id", "outlet", "published", "title" -> n.put(field, t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL ? null : p.getValueAsString());
            default -> p.skipChildren();
          }
        }
      }
      each.visit(pos, n);
    });
  }

  private interface RawLineVisitor {
    void visit(long packed, byte[] buf, int off, int len) throws IOException;
  }

  /**
   * Every non-blank line of a file with its packed position, read in large blocks. A line that is not
   * JSON (a stage's bug, a truncated file) is skipped and counted, so one bad line cannot take the
   * whole UI down; the count goes to stderr.
   */
  private void scanLines(String name, RawLineVisitor visitor) throws IOException {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) return;
    int[] bad = {0};
    RawLineVisitor each = (pos, buf, off, len) -> {
      try {
        visitor.visit(pos, buf, off, len);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        bad[0]++;
      }
    };
    try {
      readLines(p, each);
    } finally {
      if (bad[0] > 0) System.err.println("isnad: " + p + ": skipped " + bad[0] + " lines that are not JSON");
    }
  }

  private static void readLines(Path p, RawLineVisitor each) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] buf = new byte[1 << 20];
      int filled = 0;
      long bufStart = 0; // file offset of buf[0]
      while (true) {
        int r = in.read(buf, filled, buf.length - filled);
        boolean eof = r < 0;
        if (!eof) filled += r;
        int lineStart = 0;
        for (int i = 0; i < filled; i++) {
          if (buf[i] == '\n') {
            if (i > lineStart && !isBlank(buf, lineStart, i)) each.visit(pack(bufStart + lineStart, i - lineStart), buf, lineStart, i - lineStart);
            lineStart = i + 1;
          }
        }
        if (eof) {
          if (filled > lineStart && !isBlank(buf, lineStart, filled)) {
            each.visit(pack(bufStart + lineStart, filled - lineStart), buf, lineStart, filled - lineStart);
          }
          break;
        }
        // keep the unfinished line at the front; grow when one line fills the buffer
        System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
        bufStart += lineStart;
        filled -= lineStart;
        if (filled == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] > ' ') return false;
    return true;
  }

  private interface LineVisitor {
    void visit(long packed, JsonNode node) throws IOException;
  }

  /** Byte offset (high 40 bits) and length (low 24 bits) of a line in one packed long. */
  private static long pack(long offset, int length) {
    if (length >= (1 << 24)) throw new UncheckedIOException(new IOException("line longer than 16 MB"));
    return (offset << 24) | length;
  }

  private synchronized FileChannel channel(String name) throws IOException {
    FileChannel c = channels.get(name);
    if (c == null) {
      c = FileChannel.open(dir.resolve(name), StandardOpenOption.READ);
      channels.put(name, c);
    }
    return c;
  }

  private JsonNode read(String name, long packed) {
    try {
      ByteBuffer b = ByteBuffer.allocate((int) (packed & 0xFFFFFF));
      long off = packed >>> 24;
      FileChannel c = channel(name);
      while (b.hasRemaining()) {
        if (c.read(b, off + b.position()) < 0) break;
      }
      return JSON.readTree(b.array(), 0, b.position());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<JsonNode> readAll(String name, LineList lines) {
    if (lines == null) return List.of();
    List<JsonNode> out = new ArrayList<>(lines.size);
    for (int i = 0; i < lines.size; i++) out.add(read(name, lines.items[i]));
    return out;
  }

  public Path dir() {
    return dir;
  }

  public List<ArticleRef> articles() {
    return Collections.unmodifiableList(articles);
  }

  public ArticleRef article(String id) {
    Integer i = articleIndex.get(id);
    return i == null ? null : articles.get(i);
  }

  /** The full article record (with its text), or {@code null}. */
  public JsonNode articleRecord(String id) {
    ArticleRef r = article(id);
    return r == null ? null : read("articles.jsonl", r.line());
  }

  public List<JsonNode> mentions(String articleId) {
    return readAll("mentions.jsonl", mentionLines.get(articleId));
  }

  public List<JsonNode> quantities(String articleId) {
    return readAll("quantities.jsonl", quantityLines.get(articleId));
  }

  public List<JsonNode> claims(String articleId) {
    return readAll("claims.jsonl", claimLines.get(articleId));
  }

  public List<JsonNode> reuse(String articleId) {
    return readAll("reuse.jsonl", reuseLines.get(articleId));
  }

  public JsonNode claim(String id) {
    ClaimRef r = claimById.get(id);
    return r == null ? null : read("claims.jsonl", r.line());
  }

  /** A claim's list fields (its article, hence its outlet) without reading it, or {@code null}. */
  public ClaimRef claimRef(String id) {
    return claimById.get(id);
  }

  /** Every claim's filterable fields, in file order. */
  public List<ClaimRef> claimRefs() {
    return Collections.unmodifiableList(claimRefs);
  }

  /** The full claim record behind a {@link ClaimRef}. */
  public JsonNode claim(ClaimRef r) {
    return read("claims.jsonl", r.line());
  }

  /** The canonical ids (actors and places) an article mentions; empty when none. */
  public Set<String> entitiesOf(String articleId) {
    return entitiesOfArticle.getOrDefault(articleId, Set.of());
  }

  /** The story an event belongs to, or {@code null}. */
  public String storyOfEvent(String eventId) {
    return storyOfEvent.get(eventId);
  }

  /** Every event's list fields, in file order. */
  public Map<String, EventRef> eventRefs() {
    return Collections.unmodifiableMap(events);
  }

  public EventRef eventRef(String id) {
    return events.get(id);
  }

  /** The full event record (claims, contradictions), read from disk, or {@code null}. */
  public JsonNode eventRecord(EventRef e) {
    return e == null ? null : read("events.jsonl", e.line());
  }

  /**
   * Every full event record, in file order, each read from disk when it is reached (a pass for exports;
   * pages use {@link #eventRefs}).
   */
  public Map<String, JsonNode> events() {
    return eventRecords;
  }

  /** The full event record, or {@code null}. */
  public JsonNode event(String id) {
    return eventRecord(events.get(id));
  }

  public Map<String, JsonNode> stories() {
    return Collections.unmodifiableMap(stories);
  }

  public JsonNode story(String id) {
    return stories.get(id);
  }

  public String storyOf(String articleId) {
    return storyOfArticle.get(articleId);
  }

  public Actor actor(String id) {
    return actors.get(id);
  }

  public Map<String, Actor> actors() {
    return Collections.unmodifiableMap(actors);
  }

  /** Article counts per outlet (unknown outlet as ""), by name. */
  public Map<String, Integer> outlets() {
    return Collections.unmodifiableMap(outletArticles);
  }

  public JsonNode framing() {
    return framing;
  }

  public long mentionCount() {
    return mentionCount;
  }

  public long quantityCount() {
    return quantityCount;
  }

  public long claimCount() {
    return claimCount;
  }

  public long reuseCount() {
    return reuseCount;
  }

  @Override
  public synchronized void close() throws IOException {
    for (FileChannel c : channels.values()) c.close();
    channels.clear();
  }

  /** The events as full records, read from disk one at a time as the map is walked. */
  private final class EventRecords extends java.util.AbstractMap<String, JsonNode> {
    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public java.util.Iterator<Entry<String, JsonNode>> iterator() {
          java.util.Iterator<EventRef> it = events.values().iterator();
          return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public Entry<String, JsonNode> next() {
              EventRef e = it.next();
              return Map.entry(e.id(), eventRecord(e));
            }
          };
        }

        @Override
        public int size() {
          return events.size();
        }
      };
    }

    @Override
    public JsonNode get(Object key) {
      return key instanceof String id ? event(id) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return events.containsKey(key);
    }

    @Override
    public int size() {
      return events.size();
    }
  }

  /** A growable list of packed line positions. */
  static final class LineList {
    long[] items = new long[4];
    int size;

    LineList() {}

    LineList(long[] items) {
      this.items = items;
      this.size = items.length;
    }

    void add(long v) {
      if (size == items.length) items = Arrays.copyOf(items, size * 2);
      items[size++] = v;
    }
  }
}
