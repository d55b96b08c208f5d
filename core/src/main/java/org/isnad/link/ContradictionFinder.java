package org.isnad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.isnad.io.DatasetWriter;
import org.isnad.model.Claim;
import org.isnad.model.Contradiction;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.text.ArabicNormalizer;

/**
 * Finds where the claims of one event disagree, between different outlets (or unknown-outlet articles):
 * <ul>
 *   <li>{@code count:<noun>}: counts of the same counted noun (compared by its lookup key with the
 *       plural and case endings ين ون ات and the accusative alef removed) whose ranges do not meet. A count
 *       is a range: exact "40" is [40, 40]; "نحو/حوالي/قرابة 40" is [32, 48] (±20%); "أكثر من/على الأقل/ما
 *       لا يقل عن 40" is [40, 60] (a reporter who knew of many more would say so); "أقل من 40" is [20, 40].
 *       The summary figure {@code conservative} is the lowest value, as ACLED codes fatalities.</li>
 *   <li>{@code actor}: who is named responsible — the accused of an ACCUSE claim, the actor of any other
 *       (denials left out), when linked to a catalogue actor — differs.</li>
 *   <li>{@code date}: the claims' own dates differ.</li>
 *   <li>{@code location}: places differ (more than {@value #FAR_KM} km apart when both have coordinates).</li>
 * </ul>
 * A slot is reported only when two incompatible values are carried by different outlets; all its
 * values are listed with their claims.
 */
public final class ContradictionFinder {
  static final double FAR_KM = 30;
  private static final String[] AT_LEAST = {"اكثر من", "ما يزيد", "علي الاقل", "ما لا يقل", "لا يقل", "ازيد من", "يزيد عن", "يزيد علي", "يربو"};
  private static final String[] AT_MOST = {"اقل من", "ما لا يزيد", "لا يتجاوز", "لا يزيد"};
  private static final String[] ABOUT = {"نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "يقارب", "تقريبا", "قرابه"};

  private final List<ArticleDigest> docs;

  public ContradictionFinder(List<ArticleDigest> docs) {
    this.docs = docs;
  }

  record Count(double value, double lo, double hi) {}

  public List<Contradiction> find(List<EventMerger.Item> items) {
    List<Contradiction> out = new ArrayList<>();
    if (items.size() < 2) return out;
    counts(items, out);
    Map<String, List<EventMerger.Item>> actors = new TreeMap<>();
    Map<String, List<EventMerger.Item>> dates = new TreeMap<>();
    Map<String, List<EventMerger.Item>> places = new TreeMap<>();
    for (EventMerger.Item it : items) {
      Claim c = it.claim();
      if (!c.negated()) {
        boolean accuse = "ACCUSE".equals(c.type());
        org.isnad.model.Ref who = accuse ? c.target() : c.actor();
        // only actors linked to the catalogue: two unresolved phrases are no evidence of a disagreement
        String responsible = who == null || who.entity() == null ? null : accuse ? it.target() : it.actor();
        if (responsible != null) actors.computeIfAbsent(responsible, k -> new ArrayList<>()).add(it);
      }
      // only what the text says: a publication day or a dateline is no one's claim about the event
      if (c.date() != null && !"published".equals(c.dateBasis())) dates.computeIfAbsent(c.date(), k -> new ArrayList<>()).add(it);
      if (it.place() != null && !"dateline".equals(c.locationBasis())) places.computeIfAbsent(it.place(), k -> new ArrayList<>()).add(it);
    }
    simple("actor", actors, out, (a, b) -> true);
    simple("date", dates, out, (a, b) -> true);
    simple("location", places, out, (a, b) -> farApart(a.claim().location(), b.claim().location()));
    return out;
  }

  private interface Conflict {
    boolean between(EventMerger.Item a, EventMerger.Item b);
  }

  private void simple(String slot, Map<String, List<EventMerger.Item>> values, List<Contradiction> out, Conflict conflict) {
    if (values.size() < 2) return;
    List<String> keys = new ArrayList<>(values.keySet());
    boolean found = false;
    for (int x = 0; x < keys.size() && !found; x++) {
      for (int y = x + 1; y < keys.size() && !found; y++) {
        for (EventMerger.Item a : values.get(keys.get(x))) {
          for (EventMerger.Item b : values.get(keys.get(y))) {
            if (!voice(a).equals(voice(b)) && conflict.between(a, b)) found = true;
          }
        }
      }
    }
    if (!found) return;
    List<Contradiction.Value> vs = new ArrayList<>();
    for (Map.Entry<String, List<EventMerger.Item>> e : values.entrySet()) vs.add(new Contradiction.Value(e.getKey(), ids(e.getValue())));
    out.add(new Contradiction(slot, vs));
  }

  private void counts(List<EventMerger.Item> items, List<Contradiction> out) {
    // noun key → (value → items), keeping the noun as first written for the slot name.
    Map<String, String> nounAsWritten = new LinkedHashMap<>();
    Map<String, Map<Count, List<EventMerger.Item>>> bySlot = new TreeMap<>();
    for (EventMerger.Item it : items) {
      Claim c = it.claim();
      Map<String, Quantity> qs = quantities(it.doc());
      for (String qid : c.quantities()) {
        Quantity q = qs.get(qid);
        if (q == null || q.counted() == null) continue;
        String noun = nounKey(q.counted());
        if (noun == null) continue;
        nounAsWritten.putIfAbsent(noun, q.counted());
        bySlot.computeIfAbsent(noun, k -> new LinkedHashMap<>()).computeIfAbsent(range(c, q), k -> new ArrayList<>()).add(it);
      }
    }
    for (Map.Entry<String, Map<Count, List<EventMerger.Item>>> slot : bySlot.entrySet()) {
      List<Map.Entry<Count, List<EventMerger.Item>>> vals = new ArrayList<>(slot.getValue().entrySet());
      if (vals.size() < 2) continue;
      boolean found = false;
      for (int x = 0; x < vals.size() && !found; x++) {
        for (int y = x + 1; y < vals.size() && !found; y++) {
          Count a = vals.get(x).getKey();
          Count b = vals.get(y).getKey();
          if (a.hi() >= b.lo() && b.hi() >= a.lo()) continue;
          for (EventMerger.Item ia : vals.get(x).getValue()) {
            for (EventMerger.Item ib : vals.get(y).getValue()) if (!voice(ia).equals(voice(ib))) found = true;
          }
        }
      }
      if (!found) continue;
      // One value per number (an "about 40" and an exact 40 are listed together).
      Map<Double, Set<String>> byValue = new TreeMap<>();
      for (Map.Entry<Count, List<EventMerger.Item>> v : vals) {
        byValue.computeIfAbsent(v.getKey().value(), k -> new TreeSet<>()).addAll(ids(v.getValue()));
      }
      List<Contradiction.Value> vs = new ArrayList<>();
      byValue.forEach((v, claims) -> vs.add(new Contradiction.Value(DatasetWriter.number(v), List.copyOf(claims))));
      double lowest = byValue.keySet().iterator().next();
      out.add(new Contradiction("count:" + nounAsWritten.get(slot.getKey()), vs, DatasetWriter.number(lowest)));
    }
  }

  private final Map<Integer, Map<String, Quantity>> quantityCache = new HashMap<>();

  private Map<String, Quantity> quantities(int doc) {
    return quantityCache.computeIfAbsent(doc, d -> {
      Map<String, Quantity> m = new HashMap<>();
      for (Quantity q : docs.get(d).quantities()) m.put(q.id(), q);
      return m;
    });
  }

  /** The count's range, reading the approximators in the quantity and in the words right around it. */
  static Count range(Claim c, Quantity q) {
    String around = q.text();
    if (c.sentence() != null) {
      // the claim may start inside its sentence (at the reported content, after "إن"), so the quantity's
      // place in the sentence is at least its distance from the claim's start: its first occurrence from there
      int s = c.sentence().indexOf(q.text(), Math.max(0, q.start() - c.start()));
      if (s < 0) s = c.sentence().indexOf(q.text());
      if (s >= 0) {
        int e = s + q.text().length();
        around = c.sentence().substring(Math.max(0, s - 20), Math.min(c.sentence().length(), e + 20));
      }
    }
    String norm = ArabicNormalizer.normalize(around);
    double v = q.value();
    for (String m : AT_LEAST) if (norm.contains(m)) return new Count(v, v, v * 1.5);
    for (String m : AT_MOST) if (norm.contains(m)) return new Count(v, v * 0.5, v);
    boolean about = q.approx();
    for (String m : ABOUT) if (norm.contains(m)) about = true;
    return about ? new Count(v, v * 0.8, v * 1.2) : new Count(v, v, v);
  }

  /** Broken plurals and irregular forms → singular key ({@code lexicon/counted-nouns.tsv}). */
  private static final java.util.Map<String, String> SINGULAR = singulars();

  private static java.util.Map<String, String> singulars() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
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

  private static List<String> ids(List<EventMerger.Item> items) {
    List<String> ids = new ArrayList<>(items.size());
    for (EventMerger.Item it : items) if (!ids.contains(it.claim().id())) ids.add(it.claim().id());
    return ids;
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
