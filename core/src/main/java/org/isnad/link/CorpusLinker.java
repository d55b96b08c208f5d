package org.isnad.link;

import org.isnad.text.HashMix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.frame.FramingAnalyzer;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Event;
import org.isnad.model.Framing;
import org.isnad.model.Mention;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.model.Ref;
import org.isnad.model.Reuse;
import org.isnad.model.Story;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * The cross-article half: collects one {@link ArticleDigest} per article, then links them by keyed
 * groups, never all pairs: copied passages ({@link ReuseDetector}), stories ({@link StoryClusterer}),
 * events ({@link EventMerger}) with their independent sources ({@link CorroborationCounter}) and
 * contradictions ({@link ContradictionFinder}), and framing ({@link FramingAnalyzer}).
 */
public final class CorpusLinker {
  private static final FramingAnalyzer FRAMING = FramingAnalyzer.load();

  private final List<ArticleDigest> digests = new ArrayList<>();
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();

  /** Per-article and pure: what linking needs of one article. */
  public static ArticleDigest digest(AnalyzedArticle a) {
    Article art = a.article();
    String text = art.text() == null ? "" : art.text();
    Tokens t = Tokenizer.tokenize(text);
    int words = 0;
    for (int i = 0; i < t.size(); i++) if (t.kind(i) != Tokens.PUNCT) words++;
    int[] hash = new int[words];
    int[] start = new int[words];
    int[] end = new int[words];
    int w = 0;
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) == Tokens.PUNCT) continue;
      hash[w] = wordHash(t.key(i));
      start[w] = t.start(i);
      end[w] = t.end(i);
      w++;
    }
    Set<String> quantityIds = new HashSet<>();
    for (Claim c : a.claims()) quantityIds.addAll(c.quantities());
    List<Quantity> qs = new ArrayList<>();
    for (Quantity q : a.quantities()) if (quantityIds.contains(q.id())) qs.add(q);
    Set<String> entities = new TreeSet<>();
    for (Mention m : a.mentions()) if (m.entity() != null) entities.add(m.entity());
    return new ArticleDigest(art.id(), art.outlet(), art.published(), EpochDay.parse(art.published()), art.title(),
        hash, start, end, ArticleDigest.pack(text), a.claims(), qs, FRAMING.labels(t, a.mentions()),
        List.copyOf(entities));
  }

  /**
   * Hash of a word for comparing texts: its lookup key, less a leading و or ف when three letters or more
   * remain. The lookup key keeps an uncertain conjunction ("وتتوقف"), but a copy that drops or adds one
   * ("تتوقف") is the same text; both sides fold the same way, so "وزير" and "زير" meeting is harmless.
   */
  static int wordHash(String key) {
    int h;
    if (key.length() >= 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) h = key.substring(1).hashCode();
    else h = key.hashCode();
    return HashMix.mix(h);
  }

  public void add(ArticleDigest d) {
    digests.add(d);
  }

  /** Milliseconds spent in each stage of the last {@link #link()}. */
  public Map<String, Long> stageMillis() {
    return stageMillis;
  }

  public CorpusLinks link() {
    stageMillis.clear();
    long t = System.nanoTime();
    List<ReuseDetector.Passage> passages = new ReuseDetector().detect(digests);
    return link(passages, t);
  }

  /**
   * As {@link #link()}, with the copied passages found elsewhere (the Spark job finds them by its own keyed
   * groups): {@code passages} as {@link ReuseDetector#detect} orders them, indices into the digests added.
   */
  public CorpusLinks link(List<ReuseDetector.Passage> passages) {
    stageMillis.clear();
    return link(passages, System.nanoTime());
  }

  private CorpusLinks link(List<ReuseDetector.Passage> passages, long t) {
    List<ArticleDigest> docs = digests;
    List<Reuse> reuse = ReuseDetector.records(docs, passages);
    t = lap("reuse", t);

    int[] duplicateOf = new DuplicateFinder().find(docs);
    t = lap("duplicates", t);

    List<EventMerger.Item> items = EventMerger.items(docs);
    List<int[]> groups = new EventMerger().merge(items, passages, docs.size());
    CorroborationCounter corroboration = new CorroborationCounter(docs, passages);
    ContradictionFinder contradictions = new ContradictionFinder(docs);
    List<Event> events = new ArrayList<>(groups.size());
    Map<String, String> eventOfClaim = new HashMap<>();
    List<List<String>> eventsOfDoc = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) eventsOfDoc.add(null);
    for (int[] g : groups) {
      List<EventMerger.Item> members = new ArrayList<>(g.length);
      for (int i : g) members.add(items.get(i));
      Event e = event(docs, members, corroboration.count(members), contradictions,
          d -> duplicateOf[d] < 0 ? null : docs.get(duplicateOf[d]).id());
      events.add(e);
      for (EventMerger.Item it : members) {
        eventOfClaim.put(it.claim().id(), e.id());
        if (eventsOfDoc.get(it.doc()) == null) eventsOfDoc.set(it.doc(), new ArrayList<>(2));
        List<String> l = eventsOfDoc.get(it.doc());
        if (!l.contains(e.id())) l.add(e.id());
      }
    }
    List<Claim> claims = new ArrayList<>(items.size());
    for (EventMerger.Item it : items) claims.add(it.claim().withEvent(eventOfClaim.get(it.claim().id())));
    t = lap("events", t);

    List<Story> stories = new ArrayList<>();
    for (StoryClusterer.Group g : new StoryClusterer().cluster(docs, passages)) {
      List<String> ids = new ArrayList<>(g.members().length);
      Map<String, String> duplicates = new LinkedHashMap<>();
      Set<String> evs = new LinkedHashSet<>();
      for (int d : g.members()) {
        if (duplicateOf[d] >= 0) duplicates.put(docs.get(d).id(), docs.get(duplicateOf[d]).id());
        else ids.add(docs.get(d).id());
        if (eventsOfDoc.get(d) != null) evs.addAll(eventsOfDoc.get(d));
      }
      if (ids.isEmpty()) continue;
      stories.add(new Story("s-" + docs.get(g.members()[0]).id(), docs.get(g.representative()).title(), ids,
          List.copyOf(evs), duplicates));
    }
    t = lap("stories", t);

    List<String> ids = new ArrayList<>(docs.size());
    List<String> outlets = new ArrayList<>(docs.size());
    List<Map<String, Map<String, Integer>>> labels = new ArrayList<>(docs.size());
    for (ArticleDigest d : docs) {
      ids.add(d.id());
      outlets.add(d.outlet());
      labels.add(d.labels());
    }
    Framing framing = FRAMING.frame(ids, outlets, labels);
    lap("framing", t);
    return new CorpusLinks(reuse, stories, events, claims, framing);
  }

  private long lap(String stage, long since) {
    long now = System.nanoTime();
    stageMillis.put(stage, (now - since) / 1_000_000);
    return now;
  }

  /**
   * The event of {@code members} (one group of {@link EventMerger#merge}): {@code docs} by article index
   * (only the members' articles need be there), {@code originalOf} the id of the article an article
   * duplicates, or null ({@link DuplicateFinder}).
   */
  public static Event event(List<ArticleDigest> docs, List<EventMerger.Item> members, int independent,
                            ContradictionFinder contradictions, java.util.function.IntFunction<String> originalOf) {
    Map<String, Integer> types = new HashMap<>();
    Map<String, Integer> textDates = new HashMap<>();
    Map<String, Integer> dayDates = new HashMap<>();
    Map<String, Integer> placeVotes = new HashMap<>();
    Map<String, Integer> datelineVotes = new HashMap<>();
    Map<String, Place> places = new HashMap<>();
    Map<String, Ref> actor = new LinkedHashMap<>();
    Map<String, Ref> target = new LinkedHashMap<>();
    Set<String> claims = new LinkedHashSet<>();
    Set<String> articles = new LinkedHashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    Set<String> outlets = new TreeSet<>();
    int latest = EpochDay.UNKNOWN;
    for (EventMerger.Item it : members) latest = Math.max(latest, docs.get(it.doc()).day());
    for (EventMerger.Item it : members) {
      Claim c = it.claim();
      if (c.type() != null) types.merge(c.type(), 1, Integer::sum);
      // no event happens after the last article that reports it: a later date is a misread year
      int day = EpochDay.parse(c.date());
      if (day != EpochDay.UNKNOWN && (latest == EpochDay.UNKNOWN || day <= latest)) {
        ("published".equals(c.dateBasis()) ? dayDates : textDates).merge(c.date(), 1, Integer::sum);
      }
      String placeKey = ClaimKeys.of(c.location());
      if (placeKey != null) {
        ("dateline".equals(c.locationBasis()) ? datelineVotes : placeVotes).merge(placeKey, 1, Integer::sum);
        places.putIfAbsent(placeKey, c.location());
      }
      if (named(c.actor())) actor.putIfAbsent(ClaimKeys.of(c.actor()), c.actor());
      if (named(c.target())) target.putIfAbsent(ClaimKeys.of(c.target()), c.target());
      claims.add(c.id());
      ArticleDigest d = docs.get(it.doc());
      if (originalOf.apply(it.doc()) != null) duplicates.add(d.id());
      else articles.add(d.id());
      if (d.outlet() != null) outlets.add(d.outlet());
    }
    // a duplicate whose original is not in the event stands for it (the first one of each original)
    Set<String> originals = new HashSet<>();
    for (EventMerger.Item it : members) {
      int d = it.doc();
      String original = originalOf.apply(d);
      if (original == null) continue;
      if (!articles.contains(original) && originals.add(original)) {
        duplicates.remove(docs.get(d).id());
        articles.add(docs.get(d).id());
      }
    }
    Map<String, Ref> actors = new LinkedHashMap<>(actor);
    target.forEach(actors::putIfAbsent);
    String date = top(textDates.isEmpty() ? dayDates : textDates);
    String place = top(placeVotes.isEmpty() ? datelineVotes : placeVotes);
    return new Event("e-" + members.get(0).claim().id(), top(types), date, place == null ? null : places.get(place),
        List.copyOf(actors.values()), List.copyOf(actor.values()), List.copyOf(target.values()), List.copyOf(claims),
        List.copyOf(articles), List.copyOf(outlets), independent, contradictions.find(members), List.copyOf(duplicates));
  }

  /**
   * True for an actor or target worth listing: linked to the catalogue, or a phrase of two words or more.
   * A lone unlinked word is most often a misread one ("تماما", "رغم", "ويأتي").
   */
  static boolean named(Ref r) {
    if (r == null) return false;
    if (r.entity() != null) return true;
    String w = ClaimKeys.words(r.text());
    return w != null && w.indexOf(' ') > 0;
  }

  /** The most frequent key; ties go to the smallest, so the choice is stable. */
  private static String top(Map<String, Integer> votes) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > n || (e.getValue() == n && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
