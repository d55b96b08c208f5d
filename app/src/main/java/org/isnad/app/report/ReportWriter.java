package org.isnad.app.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code report.html}: one self-contained right-to-left page with the views of the web UI
 * (stories side by side, events with their chains of sources, contradictions, copied passages, actors,
 * framing, map, timeline): inline CSS and SVG, the Arabic font embedded, no script, no outside request
 * (its Content-Security-Policy forbids them). Large data sets are capped per section with "and N more";
 * article texts are read from disk one at a time, never all held.
 */
public final class ReportWriter {
  /** In report.html nothing loads from outside; styles inline, images and the font as data: URIs. */
  public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
  static final int MAX_STORIES_LISTED = 300, MAX_STORIES_SHOWN = 25, MAX_ARTICLES_PER_STORY = 8,
      MAX_EVENTS_PER_STORY = 20, MAX_ACTORS = 30, MAX_EVENTS_LISTED = 300, MAX_ARTICLES_LISTED = 300;

  private ReportWriter() {}

  public static void write(Path dataDir) throws IOException {
    try (Dataset data = Dataset.open(dataDir)) {
      Path tmp = dataDir.resolve("report.html.tmp");
      boolean paged = data.articles().size() > LARGE_ARTICLES;
      Path pages = dataDir.resolve("report");
      if (Files.isDirectory(pages)) {
        try (var old = Files.list(pages)) {
          for (Path f : (Iterable<Path>) old::iterator) if (f.getFileName().toString().endsWith(".html")) Files.delete(f);
        }
      }
      if (paged) Files.createDirectories(pages);
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
        write(data, w, paged ? pages : null);
      }
      Files.move(tmp, dataDir.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
      // the lists this pass built are what serve needs at start: kept as serve.idx
      if (!data.fromIndex()) data.writeIndex();
    }
  }

  private static void page(Path file, String template, Map<String, Object> m) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      Templates.render(template, m, w);
    }
  }

  /** Anchors inside the report; {@code null} for what the report leaves out. */
  private static final class ReportLinks implements Links {
    final Set<String> stories = new HashSet<>(), actors = new HashSet<>(), articles = new HashSet<>(),
        events = new HashSet<>();
    /** Paged report: the section file (under report/) holding each story and its articles and events. */
    final Map<String, String> fileOf = new HashMap<>();
    /** The page these links are written into: "" for report.html, or a file under report/. */
    String here = "";

    /** A link to an anchor in the file holding {@code id} (the page itself when unpaged). */
    private String at(String id, String anchor) {
      String file = fileOf.get(id);
      if (file == null) return here.isEmpty() ? "#" + anchor : "../report.html#" + anchor;
      if (file.equals(here)) return "#" + anchor;
      return (here.isEmpty() ? "report/" : "") + file + "#" + anchor;
    }

    @Override
    public String home() {
      return here.isEmpty() ? "#top" : "../report.html";
    }

    @Override
    public String story(String id) {
      return stories.contains(id) ? at(id, Links.anchor("story-", id)) : null;
    }

    @Override
    public String actor(String id) {
      return actors.contains(id) ? at(id, Links.anchor("actor-", id)) : null;
    }

    @Override
    public String article(String id) {
      return articles.contains(id) ? at(id, Links.anchor("art-", id)) : null;
    }

    @Override
    public String event(String id) {
      return events.contains(id) ? at(id, Links.anchor("event-", id)) : null;
    }
  }

  /**
   * The rule for large data sets: above {@link #LARGE_ARTICLES} articles, report.html holds the summary
   * (counts, the story, event, actor and article tables' first rows, map, timeline, framing) and the
   * story sections go to {@code report/stories-N.html}, {@link #STORIES_PER_FILE} stories a file, with
   * the event and article tables paged into {@code report/events-N.html} and {@code report/articles-N.html}
   * ({@link #ROWS_PER_FILE} rows a file, {@link #MAX_FILES} files at most); every file is self-contained.
   */
  static final int LARGE_ARTICLES = 1_000, STORIES_PER_FILE = 1, ROWS_PER_FILE = 300, MAX_FILES = 10,
      SUMMARY_ROWS = 50;

  static void write(Dataset data, Writer out) throws IOException {
    write(data, out, null);
  }

  /** With {@code pages} (a folder), the paged form of a large data set; else everything in one page. */
  static void write(Dataset data, Writer out, Path pages) throws IOException {
    ReportLinks links = new ReportLinks();
    Views views = new Views(data, links);
    // decide first what the report shows, so that links point only at sections that exist
    List<Map<String, Object>> storyRows = views.storyRows();
    List<String> shownStories = new ArrayList<>();
    for (Map<String, Object> r : storyRows) {
      if (shownStories.size() >= MAX_STORIES_SHOWN) break;
      String id = (String) r.get("id");
      if (!Links.validId(id)) continue;
      String file = pages == null ? null : "stories-" + (shownStories.size() / STORIES_PER_FILE + 1) + ".html";
      shownStories.add(id);
      links.stories.add(id);
      if (file != null) links.fileOf.putIfAbsent(id, file);
      var s = data.story(id);
      int n = 0;
      for (var a : s.path("articles")) {
        if (n++ >= MAX_ARTICLES_PER_STORY) break;
        links.articles.add(a.asText());
        if (file != null) links.fileOf.putIfAbsent(a.asText(), file);
      }
      n = 0;
      for (var e : s.path("events")) {
        if (n++ >= MAX_EVENTS_PER_STORY) break;
        links.events.add(e.asText());
        if (file != null) links.fileOf.putIfAbsent(e.asText(), file);
      }
    }
    List<Map<String, Object>> actorRows = views.actorRows();
    List<String> shownActors = new ArrayList<>();
    for (Map<String, Object> r : actorRows) {
      if (shownActors.size() >= MAX_ACTORS) break;
      String id = (String) r.get("id");
      if (!Links.validId(id)) continue;
      shownActors.add(id);
      links.actors.add(id);
    }
    storyRows = views.storyRows(); // again, now with links
    actorRows = views.actorRows();

    Map<String, Object> m = new HashMap<>();
    String font = fontDataUri();
    m.put("csp", CSP);
    m.put("fontUrl", font);
    m.put("w", Words.of("ar"));
    m.put("counts", views.counts());
    m.put("stories", storyRows.subList(0, Math.min(MAX_STORIES_LISTED, storyRows.size())));
    m.put("moreStories", Math.max(0, storyRows.size() - MAX_STORIES_LISTED));
    m.put("framing", views.framing());
    m.put("map", views.map(data.eventRefs().values()));
    m.put("timeline", Charts.timeline(data.eventRefs().values()));
    m.put("actors", actorRows.subList(0, Math.min(MAX_ACTORS, actorRows.size())));
    m.put("moreActors", Math.max(0, actorRows.size() - MAX_ACTORS));
    List<Map<String, Object>> eventRows = views.eventRows();
    int eventsShown = pages == null ? MAX_EVENTS_LISTED : SUMMARY_ROWS;
    m.put("events", eventRows.subList(0, Math.min(eventsShown, eventRows.size())));
    m.put("moreEvents", Math.max(0, eventRows.size() - eventsShown));
    int articlesShown = pages == null ? MAX_ARTICLES_LISTED : SUMMARY_ROWS;
    List<Map<String, Object>> articleRows = new ArrayList<>();
    for (Dataset.ArticleRef a : data.articles()) {
      if (articleRows.size() >= articlesShown) break;
      articleRows.add(views.articleSummaryRow(a));
    }
    m.put("articles", articleRows);
    m.put("moreArticles", Math.max(0, data.articles().size() - articleRows.size()));
    m.put("moreStoriesShown", Math.max(0, storyRows.size() - shownStories.size()));
    m.put("actorSections", new Lazy<>(shownActors, views::actor));
    if (pages == null) {
      // story and actor sections are rendered one at a time: only one story's texts are in memory
      m.put("storySections", new Lazy<>(shownStories, id -> views.story(id, MAX_ARTICLES_PER_STORY, MAX_EVENTS_PER_STORY)));
      Templates.render("report", m, out);
      return;
    }
    m.put("storySections", List.of());
    // the paged sections, each a page of its own with the same styles and font
    List<Map<String, Object>> storyFiles = new ArrayList<>();
    for (int f = 0; f * STORIES_PER_FILE < shownStories.size(); f++) {
      String name = "stories-" + (f + 1) + ".html";
      links.here = name;
      List<String> ids = shownStories.subList(f * STORIES_PER_FILE, Math.min(shownStories.size(), (f + 1) * STORIES_PER_FILE));
      Map<String, Object> p = sectionPage(font, "القصص " + (f + 1));
      p.put("storySections", new Lazy<>(ids, id -> views.story(id, MAX_ARTICLES_PER_STORY, MAX_EVENTS_PER_STORY)));
      page(pages.resolve(name), "report-page", p);
      storyFiles.add(Views.m("href", "report/" + name, "n", f + 1));
    }
    List<Map<String, Object>> eventFiles = new ArrayList<>(), articleFiles = new ArrayList<>();
    int eventPages = (int) Math.min(MAX_FILES, (eventRows.size() + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
    int articlePages = (int) Math.min(MAX_FILES, (data.articles().size() + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
    for (int f = 0; f < eventPages; f++) eventFiles.add(Views.m("href", "events-" + (f + 1) + ".html", "n", f + 1));
    for (int f = 0; f < articlePages; f++) articleFiles.add(Views.m("href", "articles-" + (f + 1) + ".html", "n", f + 1));
    for (int f = 0; f < eventPages; f++) {
      links.here = "events-" + (f + 1) + ".html";
      Map<String, Object> p = sectionPage(font, "الأحداث " + (f + 1));
      // the rows are built as the page is written, so their links are relative to it
      List<Map<String, Object>> rows = eventRows;
      p.put("events", rows.subList(f * ROWS_PER_FILE, Math.min(rows.size(), (f + 1) * ROWS_PER_FILE)));
      p.put("files", eventFiles);
      p.put("current", f + 1);
      page(pages.resolve((String) eventFiles.get(f).get("href")), "report-page", p);
    }
    for (int f = 0; f < articlePages; f++) {
      links.here = "articles-" + (f + 1) + ".html";
      Map<String, Object> p = sectionPage(font, "المقالات " + (f + 1));
      List<Map<String, Object>> rows = new ArrayList<>();
      List<Dataset.ArticleRef> all = data.articles();
      for (int i = f * ROWS_PER_FILE; i < Math.min(all.size(), (f + 1) * ROWS_PER_FILE); i++) rows.add(views.articleSummaryRow(all.get(i)));
      p.put("articles", rows);
      p.put("files", articleFiles);
      p.put("current", f + 1);
      page(pages.resolve((String) articleFiles.get(f).get("href")), "report-page", p);
    }
    links.here = "";
    m.put("storyFiles", storyFiles);
    m.put("eventFiles", eventFiles);
    m.put("articleFiles", articleFiles);
    m.put("paged", true);
    Templates.render("report", m, out);
  }

  private static Map<String, Object> sectionPage(String font, String title) {
    Map<String, Object> p = new HashMap<>();
    p.put("csp", CSP);
    p.put("fontUrl", font);
    p.put("w", Words.of("ar"));
    p.put("title", title);
    return p;
  }

  /**
   * A list whose items are built as the template reaches them and dropped after, so one story's texts
   * are in memory at a time. A List (not a bare Iterable) so the template engine knows its size without
   * walking it.
   */
  static final class Lazy<T> extends java.util.AbstractList<T> {
    private final List<String> ids;
    private final java.util.function.Function<String, T> make;

    Lazy(List<String> ids, java.util.function.Function<String, T> make) {
      this.ids = ids;
      this.make = make;
    }

    @Override
    public T get(int i) {
      return make.apply(ids.get(i));
    }

    @Override
    public int size() {
      return ids.size();
    }
  }

  /** The Arabic font (Noto Naskh Arabic, Arabic subset, regular; SIL OFL 1.1) as a data: URI. */
  static String fontDataUri() throws IOException {
    try (InputStream in = ReportWriter.class.getResourceAsStream("/static/font/noto-naskh-arabic-arabic-400-normal.woff2")) {
      if (in == null) return "data:,";
      return "data:font/woff2;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
    }
  }
}
