package org.isnad.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The page models shared by the web server, its JSON API and report.html: plain maps and lists of
 * strings and numbers, and {@link Segment}s for article text. Nothing here is HTML; the templates
 * escape every string they print.
 */
public final class Views {
  private final Dataset data;
  private final Links links;
  private final ListViews lists;

  private final Map<String, Object> memo;

  public Views(Dataset data, Links links) {
    this(data, links, false);
  }

  /**
   * @param memoize keep the corpus-wide lists and figures once built (the server: its data never
   *                changes); report.html builds each once anyway
   */
  public Views(Dataset data, Links links, boolean memoize) {
    this.data = data;
    this.links = links;
    this.lists = new ListViews(data, links);
    this.memo = memoize ? new java.util.HashMap<>() : null;
  }

  /**
   * Builds {@code key}'s value once: a caller that asks while another builds it waits for that build
   * rather than repeating it (the warm-up and the first visitor would otherwise both build the map of
   * every event, on a machine of two cores).
   */
  @SuppressWarnings("unchecked")
  private <T> T memo(String key, java.util.function.Supplier<T> make) {
    if (memo == null) return make.get();
    java.util.concurrent.FutureTask<Object> mine = new java.util.concurrent.FutureTask<>(make::get);
    java.util.concurrent.FutureTask<Object> task;
    synchronized (memo) {
      task = (java.util.concurrent.FutureTask<Object>) memo.putIfAbsent(key, mine);
    }
    if (task == null) {
      task = mine;
      mine.run();
    }
    try {
      return (T) task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + key + " was being built", e);
    } catch (java.util.concurrent.ExecutionException e) {
      synchronized (memo) {
        memo.remove(key, task); // a failed build is tried again by the next caller
      }
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  public Dataset data() {
    return data;
  }

  public Links links() {
    return links;
  }

  /** The filtered lists (events, claims, articles, actors) over the same data and links. */
  public ListViews lists() {
    return lists;
  }

  /** A map from alternating keys and values, in order (null values kept). */
  /** Counts shown per article in the report's list; the rest are in quantities.jsonl. */
  static final int MAX_COUNTS_LISTED = 5;

  public static Map<String, Object> m(Object... kv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], kv[i + 1]);
    return out;
  }

  /** One page of a list: its items, the page number (from 1) and how many pages there are. */
  public static <T> Map<String, Object> page(List<T> all, int page, int size) {
    int pages = Math.max(1, (all.size() + size - 1) / size);
    int p = Math.min(Math.max(1, page), pages);
    List<T> items = all.subList(Math.min(all.size(), (p - 1) * size), Math.min(all.size(), p * size));
    return m("items", items, "page", p, "pages", pages, "total", all.size(), "prev", p > 1 ? p - 1 : null,
        "next", p < pages ? p + 1 : null);
  }

  public Map<String, Object> counts() {
    return m("articles", data.articles().size(), "outlets", data.outlets().size(), "mentions", data.mentionCount(),
        "quantities", data.quantityCount(), "claims", data.claimCount(), "events", data.eventRefs().size(),
        "stories", data.stories().size(), "reuse", data.reuseCount(), "actors", data.actors().size());
  }

  /** Stories, the most widely covered first. */
  public List<Map<String, Object>> storyRows() {
    return memo("stories", this::buildStoryRows);
  }

  private List<Map<String, Object>> buildStoryRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode s : data.stories().values()) {
      Set<String> outlets = new TreeSet<>();
      String first = null, last = null;
      for (JsonNode a : s.path("articles")) {
        Dataset.ArticleRef r = data.article(a.asText());
        if (r == null) continue;
        if (r.outlet() != null) outlets.add(r.outlet());
        if (r.published() != null) {
          if (first == null || r.published().compareTo(first) < 0) first = r.published();
          if (last == null || r.published().compareTo(last) > 0) last = r.published();
        }
      }
      rows.add(m("id", s.path("id").asText(), "href", links.story(s.path("id").asText()),
          "title", s.path("title").asText(""), "articles", s.path("articles").size(),
          "events", s.path("events").size(), "outlets", List.copyOf(outlets), "first", first, "last", last));
    }
    rows.sort(Comparator.comparing((Map<String, Object> r) -> -((Integer) r.get("articles")))
        .thenComparing(r -> (String) r.get("id")));
    return rows;
  }

  public Map<String, Object> articleRow(Dataset.ArticleRef a) {
    return m("id", a.id(), "href", links.article(a.id()), "outlet", a.outlet(), "published", a.published(),
        "title", a.title() == null || a.title().isBlank() ? a.id() : a.title());
  }

  /**
   * An article row with the counts it reports and the sources it quotes (each chain as "A ← B", from the
   * transmitter nearest the outlet): the report's article list, where a reader first sees who says what.
   */
  public Map<String, Object> articleSummaryRow(Dataset.ArticleRef a) {
    Map<String, Object> row = articleRow(a);
    List<String> counts = new ArrayList<>();
    for (JsonNode q : data.quantities(a.id())) {
      if (counts.size() == MAX_COUNTS_LISTED) break;
      counts.add(q.path("text").asText(""));
    }
    Set<String> sources = new LinkedHashSet<>();
    for (JsonNode c : data.claims(a.id())) {
      JsonNode src = c.path("source");
      if (!src.isObject()) continue;
      List<String> names = new ArrayList<>();
      for (JsonNode r : src.path("chain")) names.add(r.path("text").asText(""));
      if (names.isEmpty()) names.add(src.path("text").asText(""));
      sources.add(String.join(" ← ", names));
    }
    row.put("counts", counts);
    row.put("sources", new ArrayList<>(sources));
    return row;
  }

  public List<Map<String, Object>> articleRows(String outlet) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Dataset.ArticleRef a : data.articles()) {
      if (outlet == null || outlet.equals(a.outlet())) rows.add(articleRow(a));
    }
    return rows;
  }

  /** Actors by how often they are mentioned. */
  public List<Map<String, Object>> actorRows() {
    return memo("actors", this::buildActorRows);
  }

  private List<Map<String, Object>> buildActorRows() {
    return lists.actors(Filter.NONE);
  }

  public Map<String, Object> home(int page, int pageSize) {
    List<Map<String, Object>> outlets = new ArrayList<>();
    for (var e : data.outlets().entrySet()) {
      outlets.add(m("name", e.getKey().isEmpty() ? null : e.getKey(), "articles", e.getValue(),
          "href", null));
    }
    List<Map<String, Object>> actors = actorRows();
    // before linking has made stories, the first articles stand in for them
    List<Map<String, Object>> recent = new ArrayList<>();
    if (data.stories().isEmpty()) {
      for (Dataset.ArticleRef a : data.articles()) {
        if (recent.size() >= 20) break;
        recent.add(articleRow(a));
      }
    }
    return m("counts", counts(), "stories", page(storyRows(), page, pageSize), "articles", recent, "outlets", outlets,
        "actors", actors.subList(0, Math.min(20, actors.size())), "moreActors", Math.max(0, actors.size() - 20),
        "framing", framing(),
        "map", corpusMap(), "timeline", corpusTimeline());
  }

  /** The map of every event (home's); built once. */
  public Map<String, Object> corpusMap() {
    return memo("map", () -> map(data.eventRefs().values()));
  }

  /** The timeline of every event (home's); built once. */
  public Map<String, Object> corpusTimeline() {
    return memo("timeline", () -> Charts.timeline(data.eventRefs().values()));
  }

  /** The map of these events: clusters link to the list of their events, single events to themselves. */
  public Map<String, Object> map(java.util.Collection<Dataset.EventRef> events) {
    return Charts.map(events, e -> links.event(e.id()), links::eventsIn, e -> EventTitle.of(e, data, "ar"));
  }

  /** A story with its articles side by side (by outlet), its events, their map and timeline. */
  public Map<String, Object> story(String id, int maxArticles, int maxEvents) {
    return story(id, 1, maxArticles, maxEvents);
  }

  /** The same, showing the {@code page}-th run of {@code maxArticles} articles (from 1). */
  public Map<String, Object> story(String id, int page, int maxArticles, int maxEvents) {
    JsonNode s = data.story(id);
    if (s == null) return null;
    Map<String, List<Map<String, Object>>> byOutlet = new TreeMap<>();
    int shown = 0, total = s.path("articles").size();
    int pages = Math.max(1, (total + maxArticles - 1) / maxArticles);
    int p = Math.min(Math.max(1, page), pages), skip = (p - 1) * maxArticles;
    for (JsonNode a : s.path("articles")) {
      if (skip-- > 0) continue;
      if (shown >= maxArticles) break;
      Map<String, Object> art = article(a.asText(), null);
      if (art == null) continue;
      shown++;
      String outlet = (String) art.get("outlet");
      byOutlet.computeIfAbsent(outlet == null ? "" : outlet, k -> new ArrayList<>()).add(art);
    }
    List<Map<String, Object>> columns = new ArrayList<>();
    for (var e : byOutlet.entrySet()) {
      columns.add(m("outlet", e.getKey().isEmpty() ? null : e.getKey(), "articles", e.getValue()));
    }
    List<Dataset.EventRef> evs = new ArrayList<>();
    for (JsonNode e : s.path("events")) {
      Dataset.EventRef ev = data.eventRef(e.asText());
      if (ev != null) evs.add(ev);
    }
    List<Map<String, Object>> events = new ArrayList<>();
    for (Dataset.EventRef ev : evs.subList(0, Math.min(maxEvents, evs.size()))) events.add(event(ev, 12));
    return m("id", id, "anchor", Links.anchor("story-", id), "title", s.path("title").asText(""), "href", links.story(id), "columns", columns,
        "articleCount", total, "moreArticles", Math.max(0, total - shown - (p - 1) * maxArticles), "events", events,
        "articlePages", m("page", p, "pages", pages, "total", total, "prev", p > 1 ? p - 1 : null,
            "next", p < pages ? p + 1 : null),
        "moreEvents", Math.max(0, evs.size() - maxEvents),
        "map", map(evs), "timeline", Charts.timeline(evs));
  }

  /** An event: what, when, where, who; each claim with its chain of sources; the badge; contradictions. */
  public Map<String, Object> event(Dataset.EventRef ref, int maxClaims) {
    JsonNode ev = data.eventRecord(ref);
    String id = ref.id();
    List<Map<String, Object>> claims = new ArrayList<>();
    Map<String, String> outletOfClaim = new LinkedHashMap<>();
    int n = 0;
    Set<String> sentences = new java.util.HashSet<>();
    for (JsonNode cid : ev.path("claims")) {
      // only the claims shown are read (an event may hold thousands); the others are counted
      Dataset.ClaimRef r = data.claimRef(cid.asText());
      if (r == null) continue;
      if (n >= maxClaims) {
        n++;
        continue;
      }
      Dataset.ArticleRef a = data.article(r.article());
      outletOfClaim.put(cid.asText(), a == null ? null : a.outlet());
      JsonNode c = data.claim(r);
      // one chain per distinct sentence of an article: several claims of one sentence are one report
      if (!sentences.add(r.article() + "\u0000" + c.path("sentence").asText(""))) continue;
      n++;
      claims.add(claim(c, a));
    }
    List<Map<String, Object>> contradictions = new ArrayList<>();
    for (JsonNode con : ev.path("contradictions")) {
      String slot = con.path("slot").asText();
      List<Map<String, Object>> values = new ArrayList<>();
      for (JsonNode v : con.path("values")) {
        Set<String> outlets = new LinkedHashSet<>();
        List<String> cids = new ArrayList<>();
        for (JsonNode c : v.path("claims")) {
          cids.add(c.asText());
          String o = outletOfClaim.get(c.asText());
          if (o == null && !outletOfClaim.containsKey(c.asText())) {
            Dataset.ClaimRef cl = data.claimRef(c.asText());
            Dataset.ArticleRef a = cl == null ? null : data.article(cl.article());
            o = a == null ? null : a.outlet();
            outletOfClaim.put(c.asText(), o); // the same claims recur across slots
          }
          outlets.add(o == null ? "؟" : o);
        }
        // who says so: the quote and chain of sources per outlet, when the data set carries them
        List<Map<String, Object>> says = new ArrayList<>();
        for (JsonNode x : v.path("evidence")) {
          List<String> chain = new ArrayList<>();
          for (JsonNode r : x.path("chain")) chain.add(r.asText());
          says.add(m("outlet", x.path("outlet").asText("؟"), "quote", x.path("quote").asText(""), "chain", chain));
        }
        values.add(m("value", value(slot, v.get("value")), "outlets", List.copyOf(outlets), "claims", cids, "says", says));
      }
      contradictions.add(m("slot", slot, "slotLabel", slotLabel(slot), "values", values));
    }
    List<Map<String, Object>> actors = new ArrayList<>();
    for (JsonNode r : ev.path("actors")) actors.add(ref(r));
    int independent = ev.path("independent_sources").asInt(0);
    int outlets = ev.path("outlets").size();
    JsonNode loc = ev.path("location");
    return m("id", id, "anchor", Links.anchor("event-", id), "href", links.event(id), "title", EventTitle.of(ref, data, "ar"),
        "titleParts", EventTitle.parts(ref, data, "ar"), "type", ev.path("type").asText(), "typeAr",
        EventTitle.typeName(ev.path("type").asText(), "ar"), "date", Dataset.text(ev, "date"),
        "location", loc.isObject() ? loc.path("text").asText(loc.path("entity").asText(null)) : null,
        "actors", actors, "outlets", strings(ev.path("outlets")), "outletCount", outlets,
        "independent", independent, "corroborated", independent >= 2,
        "copied", Math.max(0, outlets - independent), "claims", claims,
        "moreClaims", Math.max(0, n - maxClaims), "contradictions", contradictions);
  }

  private Map<String, Object> claim(JsonNode c, Dataset.ArticleRef a) {
    List<Map<String, Object>> chain = new ArrayList<>();
    chain.add(m("text", a == null || a.outlet() == null ? "؟" : a.outlet(), "kind", "outlet", "href", null));
    JsonNode src = c.path("source");
    if (src.isObject()) {
      JsonNode ch = src.path("chain");
      if (ch.isArray() && ch.size() > 0) {
        for (JsonNode r : ch) chain.add(m("text", r.path("text").asText(""), "kind", "source", "href", actorHref(r)));
      } else {
        chain.add(m("text", src.path("text").asText(""), "kind", "source", "href", actorHref(src)));
      }
    }
    String art = c.path("article").asText();
    String cid = c.path("id").asText();
    return m("id", cid, "anchor", Links.anchor("cl-", cid), "textAnchor", Links.anchor("ct-", cid),
        "article", art, "articleHref", links.article(art),
        "outlet", a == null ? null : a.outlet(), "sentence", c.path("sentence").asText(""),
        "type", c.path("type").asText(), "date", Dataset.text(c, "date"), "hedged", c.path("hedged").asBoolean(false),
        "negated", c.path("negated").asBoolean(false), "direct", !src.isObject(), "chain", chain,
        "actor", c.path("actor").isObject() ? ref(c.path("actor")) : null,
        "target", c.path("target").isObject() ? ref(c.path("target")) : null,
        "location", c.path("location").isObject() ? c.path("location").path("text").asText(null) : null);
  }

  /** A row of the claims list: the claim with its chain, its outlet and its event's title. */
  public Map<String, Object> claimRow(Dataset.ClaimRef r) {
    JsonNode c = data.claim(r);
    Dataset.ArticleRef a = data.article(r.article());
    Map<String, Object> row = claim(c, a);
    Dataset.EventRef ev = r.event() == null ? null : data.eventRef(r.event());
    row.put("event", r.event());
    row.put("eventTitle", ev == null ? null : EventTitle.of(ev, data, "ar"));
    row.put("eventHref", ev == null ? null : links.event(r.event()));
    String art = links.article(r.article());
    row.put("textHref", art == null ? null : art + "#" + Links.anchor("ct-", r.id()));
    row.put("articleTitle", a == null || a.title() == null ? r.article() : a.title());
    return row;
  }

  private String actorHref(JsonNode ref) {
    String e = Dataset.text(ref, "entity");
    return e != null && data.actor(e) != null && Links.validId(e) ? links.actor(e) : null;
  }

  private Map<String, Object> ref(JsonNode r) {
    String e = Dataset.text(r, "entity");
    Dataset.Actor a = e == null ? null : data.actor(e);
    String text = r.path("text").asText(a != null && a.label() != null ? a.label() : e == null ? "" : e);
    return m("text", text, "entity", e, "href", actorHref(r));
  }

  private Object value(String slot, JsonNode v) {
    if (v == null || v.isNull()) return "غير مذكور";
    if (v.isNumber()) {
      double d = v.asDouble();
      return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : String.format(Locale.ROOT, "%,.2f", d);
    }
    if (v.isObject()) return v.path("text").asText(v.path("entity").asText(v.toString()));
    String s = v.asText();
    Dataset.Actor a = data.actor(s);
    return a != null && a.label() != null ? a.label() : s;
  }

  private static String slotLabel(String slot) {
    if (slot.startsWith("count:")) return "عدد: " + slot.substring(6);
    return switch (slot) {
      case "actor" -> "الفاعل أو المسؤول";
      case "date" -> "التاريخ";
      case "location" -> "المكان";
      default -> slot;
    };
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : arr) out.add(n.isNull() ? "؟" : n.asText());
    return out;
  }

  /**
   * An article with its text as paragraphs of {@link Segment}s: copied passages, mentions (linked to
   * their actor) and, when {@code hits} is given, search matches marked.
   */
  public Map<String, Object> article(String id, List<Segment> hits) {
    return article(id, hits, false);
  }

  /**
   * The same; every claim's span is marked in the text with an anchor ({@code ct-…}), and with
   * {@code claimLinks} (the article's own page, which lists its claims) linked to its entry there ({@code cl-…}).
   */
  public Map<String, Object> article(String id, List<Segment> hits, boolean claimLinks) {
    JsonNode a = data.articleRecord(id);
    if (a == null) return null;
    String text = a.path("text").asText("");
    List<Span> spans = new ArrayList<>();
    List<Map<String, Object>> copies = new ArrayList<>();
    for (JsonNode r : data.reuse(id)) {
      boolean isA = id.equals(r.path("a").asText());
      String other = r.path(isA ? "b" : "a").asText();
      int s = r.path(isA ? "a_start" : "b_start").asInt(), e = r.path(isA ? "a_end" : "b_end").asInt();
      Dataset.ArticleRef o = data.article(other);
      String title = "مقطع مشترك مع " + other + (o != null && o.outlet() != null ? " (" + o.outlet() + ")" : "");
      spans.add(new Span(s, e, "reuse", null, title, null));
      copies.add(m("other", other, "href", links.article(other), "outlet", o == null ? null : o.outlet(),
          "chars", e - s, "similarity", r.path("similarity").asDouble()));
    }
    for (JsonNode mn : data.mentions(id)) {
      String entity = Dataset.text(mn, "entity");
      String href = entity != null && Links.validId(entity) ? links.actor(entity) : null;
      String label = Dataset.text(mn, "label");
      spans.add(new Span(mn.path("start").asInt(), mn.path("end").asInt(), "m m-" + type(mn), href,
          label == null ? mn.path("type").asText() : label, null));
    }
    if (hits != null) {
      int pos = 0;
      for (Segment sg : hits) {
        int end = pos + sg.text().length();
        if (sg.cls() != null) spans.add(new Span(pos, end, "hit", null, null, null));
        pos = end;
      }
    }
    List<Map<String, Object>> claims = new ArrayList<>();
    Dataset.ArticleRef ref = data.article(id);
    for (JsonNode c : data.claims(id)) {
      String cid = c.path("id").asText();
      spans.add(new Span(c.path("start").asInt(), c.path("end").asInt(), "claim",
          claimLinks ? "#" + Links.anchor("cl-", cid) : null, null, Links.anchor("ct-", cid)));
      Map<String, Object> cm = claim(c, ref);
      String ev = Dataset.text(c, "event");
      cm.put("event", ev);
      cm.put("eventHref", ev == null || data.eventRef(ev) == null ? null : links.event(ev));
      claims.add(cm);
    }
    List<Map<String, Object>> quantities = new ArrayList<>();
    for (JsonNode q : data.quantities(id)) {
      quantities.add(m("text", q.path("text").asText(""), "value", value("count", q.get("value")),
          "approx", q.path("approx").asBoolean(false), "counted", Dataset.text(q, "counted")));
    }
    String url = Dataset.text(a, "url");
    String story = data.storyOf(id);
    JsonNode fr = data.framing().path("articles").path(id);
    return m("id", id, "anchor", Links.anchor("art-", id), "href", links.article(id), "outlet", Dataset.text(a, "outlet"),
        "published", Dataset.text(a, "published"), "dateline", Dataset.text(a, "dateline"),
        "title", a.path("title").asText(id), "url", url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null,
        "paragraphs", paragraphs(text, spans), "copies", copies, "claims", claims, "quantities", quantities,
        "removed", strings(a.path("removed")), "story", story, "storyHref", story == null ? null : links.story(story),
        "axis", fr.path("axis").isNumber() ? String.format(Locale.ROOT, "%+.2f", fr.path("axis").asDouble()) : null,
        "hits", hits != null);
  }

  private static String type(JsonNode mention) {
    String t = mention.path("type").asText("");
    return switch (t) {
      case "PER", "ORG", "LOC", "DESC" -> t;
      default -> "X";
    };
  }

  /** A marked range of text; classes and links come from this code only. */
  record Span(int start, int end, String cls, String href, String title, String anchor) {
    Span(int start, int end, String cls, String href, String title) {
      this(start, end, cls, href, title, null);
    }
  }

  /**
   * Cuts {@code text} at every span boundary and every line break: each run carries the classes of the
   * spans over it (a copied passage, a mention, a hit), the link of the innermost mention.
   */
  static List<List<Segment>> paragraphs(String text, List<Span> spans) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    List<Span> ok = new ArrayList<>();
    for (Span s : spans) {
      if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) continue;
      ok.add(s);
      cuts.add(s.start());
      cuts.add(s.end());
    }
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      cuts.add(i);
      cuts.add(i + 1);
    }
    ok.sort(Comparator.comparingInt(Span::start));
    List<List<Segment>> paras = new ArrayList<>();
    List<Segment> cur = new ArrayList<>();
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        String run = text.substring(prev, cut);
        if (run.equals("\n")) {
          if (!cur.isEmpty()) paras.add(cur);
          cur = new ArrayList<>();
        } else {
          StringBuilder cls = new StringBuilder();
          String href = null, title = null, anchor = null;
          for (Span s : ok) {
            if (s.start() > prev) break;
            if (s.end() < cut) continue;
            if (s.anchor() != null && s.start() == prev && anchor == null) anchor = s.anchor();
            if (cls.indexOf(s.cls()) < 0) cls.append(cls.length() == 0 ? "" : " ").append(s.cls());
            if (s.href() != null) href = s.href();
            if (s.title() != null) title = s.title();
          }
          cur.add(cls.length() == 0 ? Segment.plain(run) : new Segment(run, cls.toString(), href, title, anchor));
        }
      }
      prev = cut;
    }
    if (!cur.isEmpty()) paras.add(cur);
    return paras;
  }

  /** An actor: the labels each outlet uses for it, its place in framing, the articles and events it is in. */
  public Map<String, Object> actor(String id) {
    Dataset.Actor a = data.actor(id);
    if (a == null) return null;
    List<Map<String, Object>> outlets = new ArrayList<>();
    for (var e : a.labelsByOutlet().entrySet()) {
      List<Map<String, Object>> labels = new ArrayList<>();
      int total = 0;
      for (var l : e.getValue().entrySet()) total += l.getValue();
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(e.getValue().entrySet());
      sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      for (var l : sorted) {
        labels.add(m("label", l.getKey(), "count", l.getValue(), "share", Math.round(100.0 * l.getValue() / total)));
      }
      JsonNode fr = data.framing().path("outlets").path(e.getKey());
      outlets.add(m("outlet", e.getKey().isEmpty() ? null : e.getKey(), "labels", labels, "total", total,
          "axis", fr.path("axis").isNumber() ? String.format(Locale.ROOT, "%+.2f", fr.path("axis").asDouble()) : null));
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    for (String art : a.sampleArticles()) {
      Dataset.ArticleRef r = data.article(art);
      if (r != null) articles.add(articleRow(r));
    }
    List<Map<String, Object>> events = new ArrayList<>();
    int moreEvents = 0;
    for (Dataset.EventRef ev : data.eventRefs().values()) {
      boolean in = false;
      for (Dataset.Role r : ev.actors()) in |= id.equals(r.entity());
      if (!in) continue;
      if (events.size() < 30) {
        String type = ev.type() == null ? "" : ev.type();
        events.add(m("id", ev.id(), "href", links.event(ev.id()),
            "type", type, "typeAr", EventTitle.typeName(type, "ar"),
            "date", ev.date(), "location", ev.location() == null ? null : ev.location().text(),
            "independent", ev.independent()));
      } else {
        moreEvents++;
      }
    }
    return m("id", id, "anchor", Links.anchor("actor-", id), "href", links.actor(id), "label", a.label() == null ? id : a.label(), "type", a.type(),
        "mentions", a.mentions(), "articleCount", a.articles(), "outlets", outlets, "articles", articles,
        "moreArticles", Math.max(0, a.articles() - articles.size()), "events", events, "moreEvents", moreEvents);
  }

  /** framing.json per outlet: its place on the axis, the labels that drive it, the chart. */
  public Map<String, Object> framing() {
    return memo("framing", this::buildFraming);
  }

  private Map<String, Object> buildFraming() {
    JsonNode fr = data.framing();
    List<Map<String, Object>> outlets = new ArrayList<>();
    fr.path("outlets").fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      List<Map<String, Object>> drivers = new ArrayList<>();
      List<Map.Entry<String, JsonNode>> ds = new ArrayList<>();
      p.path("drivers").fields().forEachRemaining(ds::add);
      ds.sort(Comparator.comparingDouble((Map.Entry<String, JsonNode> d) -> -Math.abs(d.getValue().asDouble())));
      for (var d : ds.subList(0, Math.min(8, ds.size()))) {
        double w = d.getValue().asDouble();
        drivers.add(m("label", d.getKey(), "weight", String.format(Locale.ROOT, "%+.2f", w),
            "side", w > 0 ? "gov" : w < 0 ? "opp" : "none"));
      }
      List<Map<String, Object>> labels = new ArrayList<>();
      p.path("labels").fields().forEachRemaining(l -> {
        Dataset.Actor a = data.actor(l.getKey());
        List<Map<String, Object>> ls = new ArrayList<>();
        l.getValue().fields().forEachRemaining(x -> ls.add(m("label", x.getKey(), "count", x.getValue().asInt())));
        ls.sort(Comparator.comparingInt((Map<String, Object> x) -> -((Integer) x.get("count"))));
        labels.add(m("entity", l.getKey(), "name", a != null && a.label() != null ? a.label() : l.getKey(),
            "href", a != null && Links.validId(l.getKey()) ? links.actor(l.getKey()) : null,
            "labels", ls.subList(0, Math.min(8, ls.size()))));
      });
      outlets.add(m("name", e.getKey(), "axis", p.path("axis").asDouble(0), "drivers", drivers, "labels", labels));
    });
    outlets.sort(Comparator.comparingDouble((Map<String, Object> o) -> -((Double) o.get("axis"))));
    return m("method", fr.path("method").asText(null), "outlets", outlets,
        "chart", outlets.isEmpty() ? null : Charts.framingAxis(outlets));
  }

  /** Every event, the most widely reported first, for the events list. */
  public List<Map<String, Object>> eventRows() {
    return memo("events", this::buildEventRows);
  }

  private List<Map<String, Object>> buildEventRows() {
    return lists.events(Filter.NONE, "ar");
  }
}
