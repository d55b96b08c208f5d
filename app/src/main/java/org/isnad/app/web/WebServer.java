package org.isnad.app.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.app.report.Coverage;
import org.isnad.app.report.Dataset;
import org.isnad.app.report.Filter;
import org.isnad.app.report.ListViews;
import org.isnad.app.report.Words;
import org.isnad.app.report.Links;
import org.isnad.app.report.Segment;
import org.isnad.app.report.Templates;
import org.isnad.app.report.Views;
import org.isnad.app.search.QueryCost;
import org.isnad.app.search.SearchIndex;

/**
 * The web UI over an analysed data set: HTML pages, and the same models as JSON under {@code /api/}.
 * Safe by construction: templates escape everything; a strict Content-Security-Policy (no scripts at
 * all); ids are checked against a small alphabet and looked up, never used as paths; static files come
 * from a fixed list on the classpath; errors show a generic page and go to stderr.
 */
public final class WebServer implements AutoCloseable {
  /** No scripts, no frames, no outside requests: styles inline, the font and images from this server. */
  public static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "font-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  static final int PAGE = 50, MAX_RESULTS = 10_000;
  /** A story page shows its articles' full texts 12 at a time (a page, not a book) and its 100 first events. */
  static final int STORY_ARTICLES = 12, STORY_EVENTS = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  /** Set once by the loader; read only after {@link #ready} opens (which publishes them). */
  private Dataset data;
  private SearchIndex index;
  private Views views;
  private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
  private volatile Exception loadFailure;
  private final Javalin app;
  /** The Host names answered, or null to answer any (when the user chose the address to bind). */
  private final java.util.Set<String> allowedHosts;

  private WebServer(java.util.Set<String> allowedHosts) {
    this.allowedHosts = allowedHosts;
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.prefer405over404 = false;
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    });
    routes();
  }

  /**
   * Opens the data set in {@code dataDir} (building its search index when missing) and starts serving,
   * answering only requests whose Host header names {@code host} (or localhost).
   */
  public static WebServer start(Path dataDir, String host, int port) throws IOException {
    return start(dataDir, host, port, true);
  }

  /** As {@link #start(Path, String, int)}; with {@code checkHost} false any Host header is answered. */
  public static WebServer start(Path dataDir, String host, int port, boolean checkHost) throws IOException {
    return start(dataDir, host, port, checkHost, true);
  }

  /**
   * As {@link #start(Path, String, int, boolean)}; with {@code wait} false it returns as soon as the
   * server listens, reading the data set (and building the search index when missing) on a thread of its
   * own: requests made meanwhile wait for it. {@code isnad serve} starts so, and says when it is ready.
   */
  public static WebServer start(Path dataDir, String host, int port, boolean checkHost, boolean wait) throws IOException {
    Dataset.check(dataDir);
    WebServer s = new WebServer(checkHost ? hostsFor(host) : null);
    // reading starts before Jetty does: the two overlap on a machine with a second core
    Thread loader = new Thread(() -> s.load(dataDir, !wait), "isnad-load-data");
    loader.setDaemon(true);
    loader.start();
    try {
      s.app.start(host, port);
    } catch (RuntimeException e) {
      loader.interrupt();
      throw e;
    }
    if (wait) {
      s.awaitReady();
      if (s.loadFailure != null) {
        s.app.stop();
        throw s.loadFailure instanceof IOException io ? io : new IOException(s.loadFailure);
      }
    }
    return s;
  }

  private void load(Path dataDir, boolean say) {
    long t0 = System.nanoTime();
    try {
      // the search index opens (or is built) beside the reading of the data set: they share nothing
      java.util.concurrent.FutureTask<SearchIndex> search = new java.util.concurrent.FutureTask<>(() -> {
        long t1 = System.nanoTime();
        if (!SearchIndex.exists(dataDir)) {
          System.err.println("isnad serve: building the search index in " + SearchIndex.dir(dataDir));
          SearchIndex.build(dataDir);
        }
        SearchIndex opened = SearchIndex.open(dataDir);
        if (Boolean.getBoolean("isnad.timing")) {
          System.err.printf(java.util.Locale.ROOT, "isnad: opened the search index in %.2f s%n", (System.nanoTime() - t1) / 1e9);
        }
        return opened;
      });
      Thread searchOpener = new Thread(search, "isnad-open-index");
      searchOpener.setDaemon(true);
      searchOpener.start();
      Dataset d = Dataset.open(dataDir);
      try {
        index = search.get();
      } catch (java.util.concurrent.ExecutionException e) {
        d.close();
        throw e.getCause() instanceof Exception ex ? ex : new IOException(e.getCause());
      }
      views = new Views(d, new ServedLinks(), true);
      data = d;
      if (say) {
        System.err.printf(java.util.Locale.ROOT, "isnad serve: %s read in %.1f s (%s); ready%n", dataDir,
            (System.nanoTime() - t0) / 1e9, d.fromIndex() ? "serve.idx" : "the JSONL files");
      }
      warmUp(); // started before ready opens, so close() always finds it
    } catch (Exception e) {
      loadFailure = e;
      System.err.println("isnad serve: " + dataDir + ": " + e.getMessage());
    } finally {
      ready.countDown();
    }
  }

  private void awaitReady() {
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Builds the corpus-wide lists and figures (home's map and timeline, the default lists, the filter's
   * choices) on a background thread once the server listens, so that the first visitor does not wait
   * for them and starting stays quick.
   */
  private void warmUp() {
    Thread t = new Thread(() -> {
      try {
        long t0 = System.nanoTime();
        // home's two corpus-wide figures are built side by side (two cores); a visitor meanwhile waits for them
        Thread timeline = new Thread(views::corpusTimeline, "isnad-warm-up-timeline");
        timeline.setDaemon(true);
        timeline.start();
        views.home(1, PAGE);
        long t1 = System.nanoTime();
        views.eventRows();
        views.actorRows();
        views.lists().choices();
        if (Boolean.getBoolean("isnad.timing")) {
          System.err.printf(java.util.Locale.ROOT, "isnad: home in %.2f s, the lists in %.2f s%n", (t1 - t0) / 1e9,
              (System.nanoTime() - t1) / 1e9);
        }
      } catch (RuntimeException e) {
        System.err.println("isnad serve: preparing the lists: " + e);
      }
      if (!closed) visitEachKind();
      if (!closed && !data.fromIndex()) writeIndex();
    }, "isnad-warm-up");
    t.setDaemon(true);
    warming = t;
    t.start();
  }

  /** The warm-up thread, which close() waits for (it may be writing serve.idx into the data set). */
  private volatile Thread warming;
  private volatile boolean closed;

  /**
   * Asks this server for one page of each kind (a story, its coverage, an event, an article, an actor,
   * the lists, a search), so that their code is compiled and their templates parsed before a visitor
   * comes: the first story page otherwise costs several times the next. Failures are ignored (a server
   * bound to an address other than loopback cannot be reached at 127.0.0.1).
   */
  private void visitEachKind() {
    List<String> paths = new ArrayList<>(List.of("/", "/events", "/claims", "/articles", "/actors", "/framing"));
    List<Map<String, Object>> stories = views.storyRows();
    if (!stories.isEmpty()) {
      String id = (String) stories.get(0).get("id");
      paths.add(views.links().story(id));
      paths.add(views.links().story(id) + "/coverage");
      JsonNode s = data.story(id);
      if (s.path("events").size() > 0) paths.add(views.links().event(s.path("events").get(0).asText()));
      String title = (String) stories.get(0).get("title");
      if (title != null && !title.isBlank()) paths.add("/search?q=" + URLEncoder.encode(title.strip().split("\\s+")[0], StandardCharsets.UTF_8));
    }
    if (!data.articles().isEmpty()) paths.add(views.links().article(data.articles().get(0).id()));
    List<Map<String, Object>> actors = views.actorRows();
    if (!actors.isEmpty()) paths.add(views.links().actor((String) actors.get(0).get("id")));
    for (String p : paths) {
      if (closed) return;
      try {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create("http://127.0.0.1:" + port() + p).toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(60_000);
        try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
          if (in != null) in.readAllBytes();
        }
      } catch (IOException | RuntimeException e) {
        return;
      }
    }
  }

  /** After a start without a current serve.idx, writes one so the next start reads it (best effort). */
  private void writeIndex() {
    try {
      data.writeIndex();
      System.err.println("isnad serve: wrote " + data.dir().resolve("serve.idx") + " (a quicker start next time)");
    } catch (IOException | RuntimeException e) {
      System.err.println("isnad serve: could not write " + data.dir().resolve("serve.idx") + ": " + e.getMessage());
    }
  }

  public int port() {
    return app.port();
  }

  private static final class ServedLinks implements Links {
    private static String enc(String id) {
      return Links.segment(id);
    }

    @Override
    public String home() {
      return "/";
    }

    @Override
    public String story(String id) {
      return "/story/" + enc(id);
    }

    @Override
    public String actor(String id) {
      return "/actor/" + enc(id);
    }

    @Override
    public String article(String id) {
      return "/article/" + enc(id);
    }

    @Override
    public String event(String id) {
      return "/event/" + enc(id);
    }

    @Override
    public String eventsIn(double south, double west, double north, double east) {
      return String.format(java.util.Locale.ROOT, "/events?bbox=%.3f,%.3f,%.3f,%.3f", south, west, north, east);
    }
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      if (allowedHosts != null && !allowedHosts.contains(hostName(ctx.header("Host")))) throw new WrongHost();
      awaitReady();
      if (loadFailure != null) throw new IllegalStateException("the data set could not be read: " + loadFailure.getMessage());
      String method = ctx.req().getMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ctx.header("Allow", "GET, HEAD");
        throw new MethodNotAllowed();
      }
    });
    get("/", ctx -> page(ctx, "home", Map.of("v", views.home(pageParam(ctx), PAGE))));
    get("/api/stats", ctx -> json(ctx, views.counts()));
    get("/api/stories", ctx -> json(ctx, Views.page(views.storyRows(), pageParam(ctx), PAGE)));
    get("/story/{id}", ctx -> page(ctx, "story", Map.of("v", found(views.story(id(ctx), pageParam(ctx), STORY_ARTICLES, STORY_EVENTS)))));
    get("/api/story/{id}", ctx -> json(ctx, found(views.story(id(ctx), pageParam(ctx), STORY_ARTICLES, STORY_EVENTS))));
    get("/event/{id}", ctx -> {
      Dataset.EventRef ev = data.eventRef(id(ctx));
      if (ev == null) throw new NotFound();
      String story = data.storyOfEvent(ev.id());
      Map<String, Object> m = new HashMap<>();
      m.put("v", views.event(ev, 500));
      m.put("storyHref", story == null ? null : views.links().story(story));
      page(ctx, "event", m);
    });
    get("/api/event/{id}", ctx -> {
      Dataset.EventRef ev = data.eventRef(id(ctx));
      if (ev == null) throw new NotFound();
      json(ctx, views.event(ev, 500));
    });
    get("/events", ctx -> list(ctx, "events", "/events", ListViews.EVENT_SORTS, f -> views.lists().events(f, lang(ctx))));
    get("/api/events", ctx -> json(ctx, listJson(ctx, views.lists().events(filter(ctx), lang(ctx)))));
    get("/claims", ctx -> list(ctx, "claims", "/claims", ListViews.CLAIM_SORTS, f -> claimRows(views.lists().claims(f), pageParam(ctx))));
    get("/api/claims", ctx -> json(ctx, listJson(ctx, claimRows(views.lists().claims(filter(ctx)), pageParam(ctx)))));
    get("/story/{id}/coverage", ctx -> {
      Map<String, Object> m = new HashMap<>();
      m.put("v", found(Coverage.of(data, views.lists(), id(ctx), lang(ctx))));
      m.put("storyHref", views.links().story(id(ctx)));
      page(ctx, "coverage", m);
    });
    get("/api/story/{id}/coverage", ctx -> json(ctx, found(Coverage.of(data, views.lists(), id(ctx), lang(ctx)))));
    get("/actor/{id}", ctx -> page(ctx, "actor", Map.of("v", found(views.actor(id(ctx))))));
    get("/api/actor/{id}", ctx -> json(ctx, found(views.actor(id(ctx)))));
    get("/actors", ctx -> list(ctx, "actors", "/actors", ListViews.ACTOR_SORTS, f -> f.isEmpty() && f.sort() == null ? views.actorRows() : views.lists().actors(f)));
    get("/api/actors", ctx -> json(ctx, listJson(ctx, views.lists().actors(filter(ctx)))));
    get("/framing", ctx -> page(ctx, "framing", Map.of("v", views.framing())));
    get("/api/framing", ctx -> json(ctx, views.framing()));
    get("/articles", ctx -> list(ctx, "articles", "/articles", ListViews.ARTICLE_SORTS, f -> views.lists().articles(f, views)));
    get("/api/articles", ctx -> json(ctx, listJson(ctx, views.lists().articles(filter(ctx), views))));
    get("/article/{id}", ctx -> {
      String q = query(ctx);
      Map<String, Object> m = new HashMap<>();
      m.put("v", found(views.article(id(ctx), hits(id(ctx), q), true)));
      m.put("q", q);
      page(ctx, "article", m);
    });
    get("/api/article/{id}", ctx -> json(ctx, found(views.article(id(ctx), hits(id(ctx), query(ctx))))));
    get("/search", ctx -> page(ctx, "search", search(ctx)));
    get("/api/search", ctx -> {
      Map<String, Object> m = search(ctx);
      json(ctx, m.get("r") != null ? m.get("r") : Views.m("error", m.get("error")));
    });
    get("/lang/{to}", ctx -> {
      // the toggle: remembers the language in a cookie and goes back to the page it came from
      String to = Words.lang(ctx.pathParam("to"));
      String back = ctx.queryParam("back");
      if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) back = "/";
      ctx.header("Set-Cookie", "lang=" + to + "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
      ctx.redirect(back, HttpStatus.SEE_OTHER);
    });
    get("/static/font.woff2", ctx -> resource(ctx, "/static/font/noto-naskh-arabic-arabic-400-normal.woff2", "font/woff2"));
    app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, "غير موجود."));
    app.exception(MethodNotAllowed.class, (e, ctx) -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "هذه الصفحات للقراءة فقط."));
    app.exception(WrongHost.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, "اسم الخادم غير مقبول."));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("isnad serve: " + ctx.method() + " " + ctx.path() + ": " + e);
      e.printStackTrace();
      error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "حدث خطأ داخلي.");
    });
    app.error(404, ctx -> {
      // our own 404s (unknown ids) are already rendered; Javalin's (no such route) are plain text
      String type = ctx.res().getContentType();
      boolean ours = type != null && (type.startsWith("text/html") || type.startsWith("application/json"));
      if (!ours) error(ctx, HttpStatus.NOT_FOUND, "غير موجود.");
    });
  }

  /** A page served to GET and to HEAD (same status and headers, no body: Jetty drops it for HEAD). */
  private void get(String path, io.javalin.http.Handler handler) {
    app.get(path, handler);
    app.head(path, handler);
  }

  /** The host part of a Host header ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "::1"), lower-cased. */
  static String hostName(String header) {
    if (header == null) return "";
    String h = header.strip().toLowerCase(java.util.Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(1, end);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /**
   * The Host names a loopback server answers to: its address, and "localhost" (with its IPv6 form).
   * Any other name reaching a server bound to loopback is DNS rebinding: a page of another site whose
   * name now resolves to 127.0.0.1, reading the data set through the user's browser.
   */
  static java.util.Set<String> hostsFor(String bound) {
    String b = bound.toLowerCase(java.util.Locale.ROOT);
    if (b.startsWith("[") && b.endsWith("]")) b = b.substring(1, b.length() - 1);
    java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("localhost", "127.0.0.1", "::1"));
    names.add(b);
    return java.util.Set.copyOf(names);
  }

  /**
   * The requests Jetty answers itself, before any route (an undecodable or ambiguous path: 400): the same
   * headers as every page and a UTF-8 body, instead of Jetty's ISO-8859-1 page without them.
   */
  private static final class JettyErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
      fields.put("Content-Type", "text/html;charset=utf-8");
      fields.put("Content-Security-Policy", CSP);
      fields.put("X-Content-Type-Options", "nosniff");
      fields.put("Referrer-Policy", "no-referrer");
      fields.put("X-Frame-Options", "DENY");
      return java.nio.ByteBuffer.wrap(("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\"><meta charset=\"utf-8\"><title>" + status
          + "</title><p>" + status + "</p></html>\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final class MethodNotAllowed extends RuntimeException {
    MethodNotAllowed() {
      super(null, null, false, false);
    }
  }

  private static final class WrongHost extends RuntimeException {
    WrongHost() {
      super(null, null, false, false);
    }
  }

  private static final class NotFound extends RuntimeException {
    NotFound() {
      super(null, null, false, false);
    }
  }

  private static <T> T found(T v) {
    if (v == null) throw new NotFound();
    return v;
  }

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (!Links.validId(id)) throw new NotFound();
    return id;
  }

  private static int pageParam(Context ctx) {
    String p = ctx.queryParam("page");
    if (p == null || p.length() > 7 || !p.chars().allMatch(Character::isDigit) || p.isEmpty()) return 1;
    return Integer.parseInt(p);
  }

  /** The UI language: {@code ?lang=en}, else the {@code lang} cookie set by the toggle, else Arabic. */
  static String lang(Context ctx) {
    String q = ctx.queryParam("lang");
    if (q != null) return Words.lang(q);
    return Words.lang(ctx.cookie("lang"));
  }

  static Filter filter(Context ctx) {
    return Filter.of(ctx::queryParam);
  }

  /**
   * A list page: the filter from the query, the rows that pass, one page of them, the form's choices and
   * the column headers' sort links.
   */
  private void list(Context ctx, String template, String path, List<String> sorts,
                    java.util.function.Function<Filter, List<?>> rows) {
    Filter f = filter(ctx);
    Map<String, Object> m = new HashMap<>();
    m.put("p", Views.page(rows.apply(f), pageParam(ctx), PAGE));
    m.put("f", f.params());
    m.put("base", f.base(path));
    m.put("sorts", f.sortLinks(path, sorts));
    m.put("choices", views.lists().choices());
    m.put("clear", path);
    page(ctx, template, m);
  }

  /** The JSON of a list: the filter in use and one page of rows. */
  private static Map<String, Object> listJson(Context ctx, List<?> rows) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(Views.page(rows, pageParam(ctx), PAGE));
    m.put("filter", filter(ctx).params());
    return m;
  }

  /** Claim rows for one page: only the claims shown are read from disk. */
  private List<Object> claimRows(List<Dataset.ClaimRef> refs, int page) {
    int pages = Math.max(1, (refs.size() + PAGE - 1) / PAGE);
    int p = Math.min(Math.max(1, page), pages);
    // a list of the right size whose shown page is filled, so Views.page cuts the same page
    Object[] rows = new Object[refs.size()];
    for (int i = (p - 1) * PAGE; i < Math.min(refs.size(), p * PAGE); i++) rows[i] = views.claimRow(refs.get(i));
    return java.util.Arrays.asList(rows);
  }

  private static String query(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) return null;
    return q.length() > QueryCost.MAX_CHARS ? q.substring(0, QueryCost.MAX_CHARS) : q;
  }

  private List<Segment> hits(String id, String q) throws IOException {
    try {
      return q == null ? null : index.highlightWhole(id, q);
    } catch (QueryCost.TooCostly | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      return null; // the article without marks
    }
  }

  private Map<String, Object> search(Context ctx) throws IOException {
    String q = query(ctx);
    Map<String, Object> m = new HashMap<>();
    m.put("q", q);
    if (q == null) {
      m.put("error", "اكتب كلمة أو أكثر للبحث.");
      return m;
    }
    // deep pages cost memory in proportion to their depth: results stop at MAX_RESULTS
    int page = Math.min(pageParam(ctx), MAX_RESULTS / PAGE);
    SearchIndex.Results r;
    try {
      r = index.search(q, (page - 1) * PAGE, PAGE);
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses | QueryCost.TooCostly e) {
      m.put("error", "الاستعلام واسع جداً؛ حدّده أكثر.");
      return m;
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    String qe = URLEncoder.encode(q, StandardCharsets.UTF_8);
    for (SearchIndex.Hit h : r.hits()) {
      hits.add(Views.m("id", h.id(), "href", views.links().article(h.id()) + "?q=" + qe, "outlet", h.outlet(),
          "published", h.published(), "title", h.title(), "snippets", h.snippets(), "score", h.score()));
    }
    m.put("r", Views.m("query", q, "total", r.total(), "offset", r.offset(), "hits", hits));
    int pages = (int) Math.max(1, Math.min(MAX_RESULTS / PAGE, (r.total() + PAGE - 1) / PAGE));
    m.put("p", Views.m("page", page, "pages", pages, "total", r.total(), "prev", page > 1 ? page - 1 : null,
        "next", page < pages ? page + 1 : null));
    m.put("base", "/search?q=" + qe + "&");
    return m;
  }

  private void page(Context ctx, String template, Map<String, Object> model) {
    Map<String, Object> m = new HashMap<>(model);
    m.put("csp", CSP);
    m.put("fontUrl", "/static/font.woff2");
    if (!m.containsKey("q")) m.put("q", query(ctx));
    m.put("apiHref", apiHref(ctx));
    String lang = lang(ctx);
    m.put("lang", lang);
    m.put("w", Words.of(lang));
    String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    m.put("toggleHref", "/lang/" + ("en".equals(lang) ? "ar" : "en") + "?back=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    ctx.contentType("text/html; charset=utf-8").result(Templates.render(template, m));
  }

  /** The JSON endpoint behind the page being served (same path under /api/, same query). */
  private static String apiHref(Context ctx) {
    String path = ctx.path();
    String api = path.equals("/") ? "/api/stats" : "/api" + path;
    if (path.startsWith("/lang/")) api = "/api/stats";
    String q = ctx.queryString();
    return q == null || q.isEmpty() ? api : api + "?" + q;
  }

  private void json(Context ctx, Object model) throws IOException {
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(model));
  }

  private void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8").result("{\"error\":" + status.getCode() + "}");
      return;
    }
    Map<String, Object> m = new HashMap<>();
    m.put("status", status.getCode());
    m.put("message", message);
    m.put("w", Words.of("ar"));
    m.put("csp", CSP);
    m.put("fontUrl", "/static/font.woff2");
    String html;
    try {
      html = Templates.render("error", m);
    } catch (RuntimeException e) {
      System.err.println("isnad serve: error page: " + e);
      html = "<!doctype html><html lang=\"ar\" dir=\"rtl\"><meta charset=\"utf-8\"><title>" + status.getCode()
          + "</title><p>" + status.getCode() + "</p></html>";
    }
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  private static void resource(Context ctx, String path, String type) throws IOException {
    try (InputStream in = WebServer.class.getResourceAsStream(path)) {
      if (in == null) throw new NotFound();
      ctx.header("Cache-Control", "max-age=86400").contentType(type).result(in.readAllBytes());
    }
  }

  /** JSON that is also safe inside HTML: {@code < > & '} as Unicode escapes. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] table;

    HtmlSafeEscapes() {
      table = standardAsciiEscapesForJSON();
      table['<'] = ESCAPE_STANDARD;
      table['>'] = ESCAPE_STANDARD;
      table['&'] = ESCAPE_STANDARD;
      table['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    app.stop();
    awaitReady();
    Thread w = warming;
    if (w != null) {
      try {
        w.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (index != null) index.close();
    if (data != null) data.close();
  }
}
