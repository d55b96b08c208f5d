package org.isnad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.extract.entity.Actor;
import org.isnad.extract.entity.ActorCatalog;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.extract.entity.PlaceGazetteer;
import org.isnad.io.DatasetWriter;
import org.isnad.model.Claim;
import org.isnad.model.Contradiction;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.model.Ref;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * Finds where the claims of one event disagree on something the world cannot hold both ways, between
 * different outlets (or unknown-outlet articles):
 * <ul>
 *   <li>{@code count:<noun>}: counts of one class of counted thing in one role (civilians killed, people
 *       evacuated: {@link CountReader}) whose ranges do not meet, with the higher's range starting within
 *       {@value #SCOPE_RATIO} times the lower's end (tolls further apart count different scopes: today's dead
 *       and the campaign's). {@code conservative} is the lowest value, as ACLED codes fatalities.</li>
 *   <li>{@code actor}: who did it, for events that happen at a point in time ({@link #POINT_TYPES}): two
 *       catalogue actors of opposed camps (never an actor and its part, its alias, or an ally of its side),
 *       and no one article naming both (joint action).</li>
 *   <li>{@code date}: the texts' own dates of a point-in-time event more than {@value #DATE_TOLERANCE}
 *       day apart, none after its article's publication.</li>
 *   <li>{@code location}: two gazetteer places of a point-in-time event, both towns or smaller (never a
 *       place and a region or country containing it), more than {@value #FAR_KM} km apart, neither written
 *       as an origin or destination ("من دوما", "إلى جرابلس"), and no one article naming both.</li>
 * </ul>
 * A slot is reported only when two such values are carried by different outlets; all its values are
 * listed with their claims, outlets and quotes.
 */
public final class ContradictionFinder {
  static final double FAR_KM = 30;
  static final double SCOPE_RATIO = 3;
  static final int DATE_TOLERANCE = 1;
  static final double SAME_ACT = 0.35;
  /** Event types that happen at one time and place, by one side: an attack. Statements and talks recur. */
  static final Set<String> POINT_TYPES = Set.of("ASSAULT");
  private static final Set<String> POINT_PLACES = Set.of("city", "town", "village", "district", "camp", "crossing",
      "airport", "base", "landmark");
  /** Words before a place that make it an origin or a destination, not where the event is. */
  private static final Set<String> MOVEMENT = words("/lexicon/movement-words.tsv");

  private static Set<String> words(String lexicon) {
    Set<String> out = new HashSet<>();
    for (String[] r : org.isnad.text.LexiconFile.rows(lexicon, 1)) out.add(r[0]);
    return Set.copyOf(out);
  }

  private final List<ArticleDigest> docs;
  private final Map<String, CountReader.Count> readings = new HashMap<>();

  public ContradictionFinder(List<ArticleDigest> docs) {
    this.docs = docs;
  }

  /** The catalogues the rules consult, loaded once on first use. */
  private static final class Catalogues {
    static final ActorCatalog ACTORS = ActorCatalog.load();
    static final PlaceGazetteer PLACES = PlaceGazetteer.load();
  }

  public List<Contradiction> find(List<EventMerger.Item> items) {
    List<Contradiction> out = new ArrayList<>();
    if (items.size() < 2 || voices(items) < 2) return out;
    counts(items, out);
    Claim first = items.get(0).claim();
    if (!POINT_TYPES.contains(first.type())) return out;
    Map<String, List<EventMerger.Item>> actors = new TreeMap<>();
    Map<String, List<EventMerger.Item>> dates = new TreeMap<>();
    Map<String, List<EventMerger.Item>> places = new TreeMap<>();
    for (EventMerger.Item it : items) {
      Claim c = it.claim();
      if (c.negated()) continue;
      if (c.actor() != null && Catalogues.ACTORS.actor(c.actor().entity()) != null) {
        actors.computeIfAbsent(c.actor().entity(), k -> new ArrayList<>()).add(it);
      }
      // only what the text says: a publication day or a dateline is no one's claim about the event
      int day = EpochDay.parse(c.date());
      if (day != EpochDay.UNKNOWN && "text".equals(c.dateBasis())
          && (docs.get(it.doc()).day() == EpochDay.UNKNOWN || day <= docs.get(it.doc()).day())) {
        dates.computeIfAbsent(c.date(), k -> new ArrayList<>()).add(it);
      }
      if (pointPlace(c)) places.computeIfAbsent(c.location().entity(), k -> new ArrayList<>()).add(it);
    }
    simple("actor", actors, out, (a, b) -> sameAct(a, b) && opposed(a.claim().actor().entity(), b.claim().actor().entity())
        && unaware(a, b.claim().actor().entity()) && unaware(b, a.claim().actor().entity()));
    simple("date", dates, out, (a, b) -> sameAct(a, b)
        && Math.abs(EpochDay.parse(a.claim().date()) - EpochDay.parse(b.claim().date())) > DATE_TOLERANCE);
    simple("location", places, out, (a, b) -> sameAct(a, b) && farApart(a.claim().location(), b.claim().location())
        && !sameName(a.claim().location(), b.claim().location())
        && unaware(a, b.claim().location().entity()) && unaware(b, a.claim().location().entity()));
    return out;
  }

  /**
   * True when two claims of the event are about one act, not merely in one merged event: their sentences
   * share at least {@value #SAME_ACT} of their words (sketch estimate). Merged events of a busy day hold
   * background sentences ("وكانت إسرائيل قد شنت في السابق ضربات…"); two of those disagree on nothing.
   */
  static boolean sameAct(EventMerger.Item a, EventMerger.Item b) {
    return a.sketch() != null && b.sketch() != null && MinHasher.similarity(a.sketch(), b.sketch()) >= SAME_ACT;
  }

  /**
   * True when the article of {@code it} nowhere names {@code entity}: an outlet that names the other's
   * attacker or place itself (as a backer, a target, a front elsewhere) is not contradicting it; in the
   * judged ANT sample every actor and place contradiction between such articles was false.
   */
  private boolean unaware(EventMerger.Item it, String entity) {
    List<String> named = docs.get(it.doc()).entities();
    return named == null || !named.contains(entity);
  }

  /** Two places written alike ("طرابلس" resolved once to Libya's, once to Lebanon's): a reading, not a dispute. */
  static boolean sameName(Place a, Place b) {
    if (a.text() == null || b.text() == null) return false;
    String x = ClaimKeys.words(a.text()), y = ClaimKeys.words(b.text());
    return x != null && x.equals(y);
  }

  /** Both claims placed in one gazetteer place below the country (a town's toll on one day is one toll). */
  private static boolean samePlace(EventMerger.Item a, EventMerger.Item b) {
    return a.place() != null && a.place().equals(b.place()) && a.place().startsWith("place.");
  }

  private int voices(List<EventMerger.Item> items) {
    Set<String> v = new HashSet<>();
    for (EventMerger.Item it : items) if (v.add(voice(it)) && v.size() > 1) return 2;
    return v.size();
  }

  private interface Conflict {
    boolean between(EventMerger.Item a, EventMerger.Item b);
  }

  /**
   * Reports a slot when two of its values conflict in claims of different outlets, and no article of the
   * event carries both (an article that names two attackers or two places reports a joint act, not a
   * disagreement).
   */
  private void simple(String slot, Map<String, List<EventMerger.Item>> values, List<Contradiction> out, Conflict conflict) {
    if (values.size() < 2) return;
    Map<String, Set<Integer>> docsOf = new HashMap<>();
    for (Map.Entry<String, List<EventMerger.Item>> e : values.entrySet()) {
      Set<Integer> ds = new HashSet<>();
      for (EventMerger.Item it : e.getValue()) ds.add(it.doc());
      docsOf.put(e.getKey(), ds);
    }
    List<String> keys = new ArrayList<>(values.keySet());
    boolean found = false;
    for (int x = 0; x < keys.size() && !found; x++) {
      for (int y = x + 1; y < keys.size() && !found; y++) {
        if (!disjoint(docsOf.get(keys.get(x)), docsOf.get(keys.get(y)))) continue;
        for (EventMerger.Item a : values.get(keys.get(x))) {
          for (EventMerger.Item b : values.get(keys.get(y))) {
            if (!found && !voice(a).equals(voice(b)) && conflict.between(a, b)) found = true;
          }
        }
      }
    }
    if (!found) return;
    List<Contradiction.Value> vs = new ArrayList<>();
    for (Map.Entry<String, List<EventMerger.Item>> e : values.entrySet()) vs.add(value(e.getKey(), e.getValue()));
    out.add(new Contradiction(slot, vs));
  }

  private static Set<Integer> docsOf(List<EventMerger.Item> items) {
    Set<Integer> ds = new HashSet<>();
    for (EventMerger.Item it : items) ds.add(it.doc());
    return ds;
  }

  private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
    for (int d : a) if (b.contains(d)) return false;
    return true;
  }

  private void counts(List<EventMerger.Item> items, List<Contradiction> out) {
    // class/role → (figure, range) → items
    Map<String, Map<CountReader.Count, List<EventMerger.Item>>> bySlot = new TreeMap<>();
    Map<String, String> label = new HashMap<>();
    for (EventMerger.Item it : items) {
      Claim c = it.claim();
      if (c.negated() || c.quantities().isEmpty()) continue;
      for (String qid : c.quantities()) {
        CountReader.Count n = reading(it.doc(), qid);
        if (n == null || n.counted() == null || n.role() == null) continue;
        String slot = n.counted() + "/" + n.role();
        CountReader.Count range = new CountReader.Count(n.value(), n.lo(), n.hi(), null, null);
        bySlot.computeIfAbsent(slot, k -> new LinkedHashMap<>()).computeIfAbsent(range, k -> new ArrayList<>()).add(it);
        label.putIfAbsent(slot, labelOf(it.doc(), qid));
      }
    }
    for (Map.Entry<String, Map<CountReader.Count, List<EventMerger.Item>>> slot : bySlot.entrySet()) {
      List<Map.Entry<CountReader.Count, List<EventMerger.Item>>> vals = new ArrayList<>(slot.getValue().entrySet());
      if (vals.size() < 2) continue;
      // every claim on either side of a conflict: their quotes are the evidence shown first
      Set<EventMerger.Item> conflicting = new HashSet<>();
      for (int x = 0; x < vals.size(); x++) {
        for (int y = x + 1; y < vals.size(); y++) {
          CountReader.Count a = vals.get(x).getKey();
          CountReader.Count b = vals.get(y).getKey();
          if (a.meets(b)) continue;
          // an article that gives both figures counts two things ("سجن نحو 77 ألف شخص، وطرد ... 170 ألف شخص")
          if (!disjoint(docsOf(vals.get(x).getValue()), docsOf(vals.get(y).getValue()))) continue;
          CountReader.Count low = a.hi() < b.lo() ? a : b, high = low == a ? b : a;
          if (high.lo() > SCOPE_RATIO * low.hi()) continue;
          for (EventMerger.Item ia : vals.get(x).getValue()) {
            for (EventMerger.Item ib : vals.get(y).getValue()) {
              EventMerger.Item il = low == a ? ia : ib, ih = low == a ? ib : ia;
              // a toll rises as the dead are counted: a lower figure published before a higher one is an update
              int dl = docs.get(il.doc()).day(), dh = docs.get(ih.doc()).day();
              boolean update = dl != EpochDay.UNKNOWN && dh != EpochDay.UNKNOWN && dl < dh;
              if (!voice(ia).equals(voice(ib)) && !update && (sameAct(ia, ib) || samePlace(ia, ib))) {
                conflicting.add(ia);
                conflicting.add(ib);
              }
            }
          }
        }
      }
      if (conflicting.isEmpty()) continue;
      // One value per figure (an "about 40" and an exact 40 are listed together), the claims in conflict
      // first: "أكثر من أربعين" admits "60 على الأقل", so the quote shown for 40 must be the exact "أربعين".
      Map<Double, List<EventMerger.Item>> byValue = new TreeMap<>();
      for (boolean inConflict : new boolean[] {true, false}) {
        for (Map.Entry<CountReader.Count, List<EventMerger.Item>> v : vals) {
          List<EventMerger.Item> l = byValue.computeIfAbsent(v.getKey().value(), k -> new ArrayList<>());
          for (EventMerger.Item it : v.getValue()) {
            if (conflicting.contains(it) == inConflict && !l.contains(it)) l.add(it);
          }
        }
      }
      List<Contradiction.Value> vs = new ArrayList<>();
      byValue.forEach((v, its) -> vs.add(value(DatasetWriter.number(v), its)));
      double lowest = byValue.keySet().iterator().next();
      String[] classRole = slot.getKey().split("/");
      out.add(new Contradiction("count:" + label.get(slot.getKey()), vs, DatasetWriter.number(lowest),
          classRole[0], classRole[1]));
    }
  }

  /** The count of quantity {@code qid} of document {@code doc}, read once from the article's text. */
  private CountReader.Count reading(int doc, String qid) {
    String key = doc + "\u0000" + qid;
    CountReader.Count c = readings.get(key);
    if (c != null || readings.containsKey(key)) return c;
    Quantity q = quantity(doc, qid);
    if (q == null || q.counted() == null || CountReader.countedClass(q.counted()) == null) {
      readings.put(key, null);
      return null;
    }
    String published = docs.get(doc).published();
    int year = published != null && published.length() >= 4 && Character.isDigit(published.charAt(0))
        ? Integer.parseInt(published.substring(0, 4)) : 0;
    c = CountReader.read(text(doc), q, year);
    readings.put(key, c);
    return c;
  }

  private String labelOf(int doc, String qid) {
    Quantity q = quantity(doc, qid);
    return q == null ? null : CountReader.label(q.counted());
  }

  private final Map<Integer, Map<String, Quantity>> quantityCache = new HashMap<>();
  private int textDoc = -1;
  private String text;

  private Quantity quantity(int doc, String qid) {
    return quantityCache.computeIfAbsent(doc, d -> {
      Map<String, Quantity> m = new HashMap<>();
      for (Quantity q : docs.get(d).quantities()) m.put(q.id(), q);
      return m;
    }).get(qid);
  }

  /** The article's text, inflated only for articles whose counts are compared (the last one kept). */
  private String text(int doc) {
    if (doc != textDoc) {
      text = docs.get(doc).text();
      textDoc = doc;
    }
    return text;
  }

  /** A value with its claims, outlets and, for each of its first outlets, a quote and its chain of sources. */
  private Contradiction.Value value(Object value, List<EventMerger.Item> items) {
    List<String> ids = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    List<Contradiction.Evidence> evidence = new ArrayList<>();
    Set<String> quoted = new HashSet<>();
    for (EventMerger.Item it : items) {
      Claim c = it.claim();
      if (!ids.contains(c.id())) ids.add(c.id());
      ArticleDigest d = docs.get(it.doc());
      if (d.outlet() != null) outlets.add(d.outlet());
      if (evidence.size() < Contradiction.EVIDENCE && quoted.add(d.voice())) {
        List<String> chain = new ArrayList<>();
        if (c.source() != null) for (Ref r : c.source().chain()) chain.add(r.text());
        evidence.add(new Contradiction.Evidence(c.id(), d.outlet(), c.sentence(), chain));
      }
    }
    return new Contradiction.Value(value, ids, List.copyOf(outlets), evidence);
  }

  /** The camp of an actor in the Syrian war: the government and its allies, the opposition and Turkey, or its own side. */
  static String camp(String side) {
    return switch (side == null ? "" : side) {
      case "government", "progov", "foreign_russia", "foreign_iran" -> "government";
      case "opposition", "foreign_turkey" -> "opposition";
      case "jihadist", "kurdish", "foreign_west", "foreign_arab" -> side;
      default -> null;
    };
  }

  /** True when two catalogue actors cannot both have done it: opposed camps, neither a part of the other. */
  static boolean opposed(String a, String b) {
    if (a.equals(b) || partOf(a, b) || partOf(b, a)) return false;
    Actor x = Catalogues.ACTORS.actor(a);
    Actor y = Catalogues.ACTORS.actor(b);
    if (x == null || y == null) return false;
    String cx = camp(x.side()), cy = camp(y.side());
    return cx != null && cy != null && !cx.equals(cy);
  }

  /** True when {@code part} is {@code whole} or lies under it in the catalogue's parent chain. */
  static boolean partOf(String part, String whole) {
    String id = part;
    for (int depth = 0; id != null && !id.isEmpty() && depth < 6; depth++) {
      if (id.equals(whole)) return true;
      Actor a = Catalogues.ACTORS.actor(id);
      id = a == null ? null : a.parent();
    }
    return false;
  }

  /** A gazetteer place no bigger than a town, where the event is (not where people went from or to). */
  private static boolean pointPlace(Claim c) {
    Place p = c.location();
    // only a place in the claim's own clause: in the judged ANT sample every place from elsewhere in the
    // sentence or from the dateline was where someone spoke, where a group was named, or another act's
    if (p == null || p.entity() == null || p.lat() == null || !"clause".equals(c.locationBasis())) return false;
    GeoPlace g = Catalogues.PLACES.place(p.entity());
    if (g == null || !POINT_PLACES.contains(g.kind())) return false;
    return !movement(c.sentence(), p.text());
  }

  /** True when the place is written after a word of movement ("إلى جرابلس", "من دوما", "لجرابلس"). */
  static boolean movement(String sentence, String place) {
    if (sentence == null || place == null) return false;
    int at = sentence.indexOf(place);
    if (at < 0) return false;
    Tokens t = Tokenizer.tokenize(sentence.substring(0, at + place.length()));
    int first = 0;
    while (first < t.size() && t.end(first) <= at) first++;
    if (first < t.size() && t.isWord(first) && t.surface(first).startsWith("ل") && !t.key(first).startsWith("ل")) return true;
    for (int i = first - 1; i >= 0 && i >= first - 2; i--) {
      if (!t.isWord(i)) continue;
      if (MOVEMENT.contains(t.norm(i)) || MOVEMENT.contains(t.key(i))) return true;
    }
    return false;
  }

  /** Lookup key of a counted noun: its singular ({@code lexicon/counted-nouns.tsv}), else its sound plural and accusative alef removed. */
  private static final Map<String, String> SINGULAR = singulars();

  private static Map<String, String> singulars() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : org.isnad.text.LexiconFile.rows("/lexicon/counted-nouns.tsv", 2)) {
      m.put(ClaimKeys.words(r[0]), ClaimKeys.words(r[1]));
    }
    return m;
  }

  /** "مسلحين", "المسلحون", "مسلحاً" → "مسلح"; "قتيلا", "قتلى" → "قتيل"; "أشخاص", "شخصا" → "شخص". */
  static String nounKey(String counted) {
    String w = ClaimKeys.words(counted);
    if (w == null) return null;
    int sp = w.indexOf(' ');
    // "41 ألفا من الإرهابيين": the counted noun is the one after "من"
    if (sp > 0 && w.startsWith("من ")) w = w.substring(3);
    sp = w.indexOf(' ');
    if (sp > 0) w = w.substring(0, sp);
    String singular = SINGULAR.get(w);
    if (singular != null) return singular;
    for (String suffix : new String[] {"ين", "ون", "ات", "ا"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) return w.substring(0, w.length() - suffix.length());
    }
    return w;
  }

  private String voice(EventMerger.Item it) {
    return docs.get(it.doc()).voice();
  }

  static boolean farApart(Place a, Place b) {
    if (a == null || b == null) return true;
    if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) return true;
    double r = Math.toRadians(1);
    double dLat = (b.lat() - a.lat()) * r;
    double dLon = (b.lon() - a.lon()) * r;
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(a.lat() * r) * Math.cos(b.lat() * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h)) > FAR_KM;
  }
}
