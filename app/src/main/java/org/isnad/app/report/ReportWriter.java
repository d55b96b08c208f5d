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
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
        write(data, w);
      }
      Files.move(tmp, dataDir.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Anchors inside the report; {@code null} for what the report leaves out. */
  private static final class ReportLinks implements Links {
    final Set<String> stories = new HashSet<>(), actors = new HashSet<>(), articles = new HashSet<>(),
        events = new HashSet<>();

    @Override
    public String home() {
      return "#top";
    }

    @Override
    public String story(String id) {
      return stories.contains(id) ? "#" + Links.anchor("story-", id) : null;
    }

    @Override
    public String actor(String id) {
      return actors.contains(id) ? "#" + Links.anchor("actor-", id) : null;
    }

    @Override
    public String article(String id) {
      return articles.contains(id) ? "#" + Links.anchor("art-", id) : null;
    }

    @Override
    public String event(String id) {
      return events.contains(id) ? "#" + Links.anchor("event-", id) : null;
    }
  }

  static void write(Dataset data, Writer out) throws IOException {
    ReportLinks links = new ReportLinks();
    Views views = new Views(data, links);
    // decide first what the report shows, so that links point only at sections that exist
    List<Map<String, Object>> storyRows = views.storyRows();
    List<String> shownStories = new ArrayList<>();
    for (Map<String, Object> r : storyRows) {
      if (shownStories.size() >= MAX_STORIES_SHOWN) break;
      String id = (String) r.get("id");
      if (!Links.validId(id)) continue;
      shownStories.add(id);
      links.stories.add(id);
      var s = data.story(id);
      int n = 0;
      for (var a : s.path("articles")) {
        if (n++ >= MAX_ARTICLES_PER_STORY) break;
        links.articles.add(a.asText());
      }
      n = 0;
      for (var e : s.path("events")) {
        if (n++ >= MAX_EVENTS_PER_STORY) break;
        links.events.add(e.asText());
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
    m.put("csp", CSP);
    m.put("fontUrl", fontDataUri());
    m.put("w", Words.of("ar"));
    m.put("counts", views.counts());
    m.put("stories", storyRows.subList(0, Math.min(MAX_STORIES_LISTED, storyRows.size())));
    m.put("moreStories", Math.max(0, storyRows.size() - MAX_STORIES_LISTED));
    m.put("framing", views.framing());
    m.put("map", views.map(data.events().values()));
    m.put("timeline", Charts.timeline(data.events().values()));
    m.put("actors", actorRows.subList(0, Math.min(MAX_ACTORS, actorRows.size())));
    m.put("moreActors", Math.max(0, actorRows.size() - MAX_ACTORS));
    List<Map<String, Object>> eventRows = views.eventRows();
    m.put("events", eventRows.subList(0, Math.min(MAX_EVENTS_LISTED, eventRows.size())));
    m.put("moreEvents", Math.max(0, eventRows.size() - MAX_EVENTS_LISTED));
    List<Map<String, Object>> articleRows = new ArrayList<>();
    for (Dataset.ArticleRef a : data.articles()) {
      if (articleRows.size() >= MAX_ARTICLES_LISTED) break;
      articleRows.add(views.articleSummaryRow(a));
    }
    m.put("articles", articleRows);
    m.put("moreArticles", Math.max(0, data.articles().size() - articleRows.size()));
    m.put("moreStoriesShown", Math.max(0, storyRows.size() - shownStories.size()));
    // story and actor sections are rendered one at a time: only one story's texts are in memory
    m.put("storySections", new Lazy<>(shownStories, id -> views.story(id, MAX_ARTICLES_PER_STORY, MAX_EVENTS_PER_STORY)));
    m.put("actorSections", new Lazy<>(shownActors, views::actor));
    Templates.render("report", m, out);
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
