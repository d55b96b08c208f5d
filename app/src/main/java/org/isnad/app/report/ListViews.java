package org.isnad.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list pages (events, claims, articles, actors) under a {@link Filter}: the rows that pass, in the
 * order asked. Each list walks records held in memory ({@link Dataset}'s events and claim references),
 * so a filtered page costs one pass, with no text read from disk but the rows shown.
 */
public final class ListViews {
  private final Dataset data;
  private final Links links;
  /** Names and aliases of outlets and agencies (lexicon/outlets.tsv) and the data set's outlets: not actors. */
  private final Set<String> outletNames;

  public ListViews(Dataset data, Links links) {
    this.data = data;
    this.links = links;
    this.outletNames = outletNames(data);
  }

  private static Set<String> outletNames(Dataset data) {
    Set<String> names = new HashSet<>();
    for (String o : data.outlets().keySet()) if (!o.isEmpty()) names.add(o.toLowerCase(Locale.ROOT));
    try (InputStream in = ListViews.class.getResourceAsStream("/lexicon/outlets.tsv")) {
      if (in == null) return names;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t");
        if (f.length < 2 || !(f[1].equals("outlet"))) continue; // agencies (سانا) are also sources and actors
        names.add(f[0].strip().toLowerCase(Locale.ROOT));
        if (f.length > 3) for (String a : f[3].split("\\|")) if (!a.isBlank()) names.add(a.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /**
   * Whether an entity of the mentions is an actor for the actors page: not a place (type LOC or a
   * {@code place.} id) and not a news outlet (its label or id is an outlet's name), which the name finder
   * tags as organisations.
   */
  public boolean isActor(Dataset.Actor a) {
    if ("LOC".equals(a.type()) || a.id().startsWith("place.")) return false;
    String label = a.label() == null ? "" : a.label().toLowerCase(Locale.ROOT);
    return !outletNames.contains(label) && !outletNames.contains(a.id().toLowerCase(Locale.ROOT));
  }

  // --- events ---

  static boolean contradicted(Dataset.EventRef ev) {
    return ev.contradictions() > 0;
  }

  static boolean single(Dataset.EventRef ev) {
    return ev.independent() <= 1;
  }

  private static boolean hasEntity(List<Dataset.Role> refs, String id) {
    if (refs == null) return false;
    for (Dataset.Role r : refs) if (id.equals(r.entity())) return true;
    return false;
  }

  private static boolean placeIs(Dataset.Place loc, String place) {
    return loc != null && (place.equals(loc.entity()) || place.equals(loc.text()));
  }

  public boolean matches(Dataset.EventRef ev, Filter f) {
    if (f.type() != null && !f.type().equals(ev.type())) return false;
    if (!f.dateIn(ev.date())) return false;
    if (f.contradicted() && !contradicted(ev)) return false;
    if (f.single() && !single(ev)) return false;
    if (f.outlet() != null && !ev.outlets().contains(f.outlet())) return false;
    if (f.actor() != null && !hasEntity(ev.actors(), f.actor()) && !hasEntity(ev.actor(), f.actor())
        && !hasEntity(ev.target(), f.actor())) return false;
    if (f.place() != null && !placeIs(ev.location(), f.place())) return false;
    if (f.bbox() != null) {
      Dataset.Place loc = ev.location();
      if (loc == null || !loc.placed()) return false;
      if (!f.inBox(loc.lat(), loc.lon())) return false;
    }
    if (f.story() != null && !f.story().equals(data.storyOfEvent(ev.id()))) return false;
    return true;
  }

  public static final List<String> EVENT_SORTS = List.of("date", "outlets", "sources", "contradictions");

  /** Events that pass, most widely reported first unless {@code f.sort()} says otherwise. */
  public List<Map<String, Object>> events(Filter f, String lang) {
    List<Dataset.EventRef> all = new ArrayList<>();
    for (Dataset.EventRef ev : data.eventRefs().values()) if (matches(ev, f)) all.add(ev);
    String sort = f.sort() == null ? "-outlets" : f.sort();
    Comparator<Dataset.EventRef> c = switch (sort.startsWith("-") ? sort.substring(1) : sort) {
      case "date" -> Comparator.comparing((Dataset.EventRef e) -> e.date() == null ? "" : e.date());
      case "sources" -> Comparator.comparingInt(Dataset.EventRef::independent);
      case "contradictions" -> Comparator.comparingInt(Dataset.EventRef::contradictions);
      default -> Comparator.comparingInt((Dataset.EventRef e) -> e.outlets().size());
    };
    if (sort.startsWith("-")) c = c.reversed();
    all.sort(c.thenComparing(Dataset.EventRef::id));
    return new Rows<>(all, ev -> eventRow(ev, lang));
  }

  public Map<String, Object> eventRow(Dataset.EventRef ev, String lang) {
    String id = ev.id();
    String type = ev.type() == null ? "" : ev.type();
    return Views.m("id", id, "href", links.event(id), "title", EventTitle.of(ev, data, lang),
        "titleParts", EventTitle.parts(ev, data, lang),
        "type", type, "typeAr", EventTitle.typeName(type, lang),
        "date", ev.date(), "location", ev.location() == null ? null : ev.location().text(),
        "outlets", ev.outlets().size(), "independent", ev.independent(),
        "contradictions", ev.contradictions());
  }

  // --- claims ---

  public static final List<String> CLAIM_SORTS = List.of("date", "type", "outlet");

  public boolean matches(Dataset.ClaimRef c, Filter f) {
    if (f.type() != null && !f.type().equals(c.type())) return false;
    if (!f.dateIn(c.date())) return false;
    if (f.actor() != null && !f.actor().equals(c.actor()) && !f.actor().equals(c.target())
        && !f.actor().equals(c.source())) return false;
    if (f.place() != null && !f.place().equals(c.place()) && !f.place().equals(c.placeText())) return false;
    if (f.outlet() != null) {
      Dataset.ArticleRef a = data.article(c.article());
      if (a == null || !f.outlet().equals(a.outlet())) return false;
    }
    if (f.story() != null && !f.story().equals(data.storyOf(c.article()))) return false;
    if (f.contradicted() || f.single()) {
      Dataset.EventRef ev = c.event() == null ? null : data.eventRef(c.event());
      if (ev == null) return false;
      if (f.contradicted() && !contradicted(ev)) return false;
      if (f.single() && !single(ev)) return false;
    }
    return true;
  }

  /** Claims that pass (references: the page reads only the claims it shows). */
  public List<Dataset.ClaimRef> claims(Filter f) {
    List<Dataset.ClaimRef> out = new ArrayList<>();
    for (Dataset.ClaimRef c : data.claimRefs()) if (matches(c, f)) out.add(c);
    if (f.sort() != null) {
      String s = f.sort().startsWith("-") ? f.sort().substring(1) : f.sort();
      Comparator<Dataset.ClaimRef> c = switch (s) {
        case "type" -> Comparator.comparing((Dataset.ClaimRef r) -> r.type() == null ? "" : r.type());
        case "outlet" -> Comparator.comparing((Dataset.ClaimRef r) -> {
          Dataset.ArticleRef a = data.article(r.article());
          return a == null || a.outlet() == null ? "" : a.outlet();
        });
        default -> Comparator.comparing((Dataset.ClaimRef r) -> r.date() == null ? "" : r.date());
      };
      out.sort(f.sort().startsWith("-") ? c.reversed() : c);
    }
    return out;
  }

  // --- articles ---

  public static final List<String> ARTICLE_SORTS = List.of("date", "outlet", "title");

  public boolean matches(Dataset.ArticleRef a, Filter f, Set<String> articlesOfEvents) {
    if (f.outlet() != null && !f.outlet().equals(a.outlet())) return false;
    if (!f.dateIn(a.published())) return false;
    if (f.story() != null && !f.story().equals(data.storyOf(a.id()))) return false;
    if (f.actor() != null && !data.entitiesOf(a.id()).contains(f.actor())) return false;
    if (f.place() != null && !data.entitiesOf(a.id()).contains(f.place())) return false;
    if (articlesOfEvents != null && !articlesOfEvents.contains(a.id())) return false;
    if (f.q() != null) {
      String t = a.title() == null ? "" : a.title().toLowerCase(Locale.ROOT);
      for (String w : f.words()) if (!t.contains(w)) return false;
    }
    return true;
  }

  /**
   * Articles that pass. Type, contradicted and single-source select the articles that report an event of
   * that kind (the event's {@code articles}).
   */
  public List<Map<String, Object>> articles(Filter f, Views views) {
    Set<String> ofEvents = null;
    if (f.type() != null || f.contradicted() || f.single()) {
      ofEvents = new HashSet<>();
      Filter ef = new Filter(null, null, f.type(), null, null, null, null, null, f.contradicted(), f.single(), null, null);
      for (Dataset.EventRef ev : data.eventRefs().values()) {
        if (!matches(ev, ef)) continue;
        ofEvents.addAll(ev.articles());
      }
    }
    List<Dataset.ArticleRef> all = new ArrayList<>();
    for (Dataset.ArticleRef a : data.articles()) if (matches(a, f, ofEvents)) all.add(a);
    if (f.sort() != null) {
      String s = f.sort().startsWith("-") ? f.sort().substring(1) : f.sort();
      Comparator<Dataset.ArticleRef> c = switch (s) {
        case "outlet" -> Comparator.comparing((Dataset.ArticleRef a) -> a.outlet() == null ? "" : a.outlet());
        case "title" -> Comparator.comparing((Dataset.ArticleRef a) -> a.title() == null ? "" : a.title());
        default -> Comparator.comparing((Dataset.ArticleRef a) -> a.published() == null ? "" : a.published());
      };
      all.sort(f.sort().startsWith("-") ? c.reversed() : c);
    }
    return new Rows<>(all, views::articleRow);
  }

  // --- actors ---

  public static final List<String> ACTOR_SORTS = List.of("mentions", "articles", "label");

  /**
   * Actors (no places, no outlets) that pass: {@code type} is the mention type (PER, ORG, DESC),
   * {@code outlet} an outlet that names them, {@code story} a story whose articles mention them,
   * {@code q} words of their name or id.
   */
  public List<Map<String, Object>> actors(Filter f) {
    Set<String> inStory = null;
    if (f.story() != null) {
      inStory = new HashSet<>();
      JsonNode s = data.story(f.story());
      if (s != null) for (JsonNode a : s.path("articles")) inStory.addAll(data.entitiesOf(a.asText()));
    }
    List<Dataset.Actor> all = new ArrayList<>();
    List<String> words = f.words();
    for (Dataset.Actor a : data.actors().values()) {
      if (!isActor(a)) continue;
      if (f.type() != null && !f.type().equals(a.type())) continue;
      if (f.outlet() != null && !a.labelsByOutlet().containsKey(f.outlet())) continue;
      if (inStory != null && !inStory.contains(a.id())) continue;
      if (!words.isEmpty()) {
        String name = ((a.label() == null ? "" : a.label()) + " " + a.id()).toLowerCase(Locale.ROOT);
        boolean ok = true;
        for (String w : words) ok &= name.contains(w);
        if (!ok) continue;
      }
      all.add(a);
    }
    String sort = f.sort() == null ? "-mentions" : f.sort();
    Comparator<Dataset.Actor> c = switch (sort.startsWith("-") ? sort.substring(1) : sort) {
      case "articles" -> Comparator.comparingInt(Dataset.Actor::articles);
      case "label" -> Comparator.comparing((Dataset.Actor a) -> a.label() == null ? a.id() : a.label());
      default -> Comparator.comparingInt(Dataset.Actor::mentions);
    };
    all.sort((sort.startsWith("-") ? c.reversed() : c).thenComparing(Dataset.Actor::id));
    return new Rows<>(all, a -> Views.m("id", a.id(), "href", links.actor(a.id()), "label", a.label() == null ? a.id() : a.label(),
        "type", a.type(), "mentions", a.mentions(), "articles", a.articles(), "outlets", a.labelsByOutlet().size()));
  }

  /**
   * A list whose rows are built when read: a page of 50 out of 148,000 events builds 50 titles, not all
   * (sorting and filtering work on the records underneath).
   */
  static final class Rows<T> extends java.util.AbstractList<Map<String, Object>> implements java.util.RandomAccess {
    private final List<T> items;
    private final java.util.function.Function<T, Map<String, Object>> row;

    Rows(List<T> items, java.util.function.Function<T, Map<String, Object>> row) {
      this.items = items;
      this.row = row;
    }

    @Override
    public Map<String, Object> get(int i) {
      return row.apply(items.get(i));
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  /** The choices of the filter form: event types present, outlets, the most covered stories. */
  public synchronized Map<String, Object> choices() {
    if (choices == null) choices = buildChoices();
    return choices;
  }

  private Map<String, Object> choices;

  private Map<String, Object> buildChoices() {
    Set<String> types = new TreeSet<>();
    for (Dataset.EventRef ev : data.eventRefs().values()) types.add(ev.type() == null ? "" : ev.type());
    for (Dataset.ClaimRef c : data.claimRefs()) if (c.type() != null) types.add(c.type());
    List<String> outlets = new ArrayList<>();
    for (String o : data.outlets().keySet()) if (!o.isEmpty()) outlets.add(o);
    List<Map<String, Object>> stories = new ArrayList<>();
    List<JsonNode> ss = new ArrayList<>(data.stories().values());
    ss.sort(Comparator.comparingInt((JsonNode s) -> -s.path("articles").size()).thenComparing(s -> s.path("id").asText()));
    for (JsonNode s : ss.subList(0, Math.min(200, ss.size()))) {
      stories.add(Views.m("id", s.path("id").asText(), "title", s.path("title").asText("")));
    }
    return Views.m("types", List.copyOf(types), "outlets", outlets, "stories", stories);
  }
}
