package org.isnad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.model.Claim;
import org.isnad.model.Ref;

/**
 * Counts the independent sources of an event: its outlets, where outlets that copied the passage carrying
 * the claim from one another count once, and outlets that only relay the same original transmitter (two
 * outlets whose every claim of the event cites the same agency, e.g. both "نقلت وكالة سانا") count once.
 * An article with no known outlet counts as an outlet of its own.
 */
public final class CorroborationCounter {
  private final List<ArticleDigest> docs;
  private final Map<Integer, List<ReuseDetector.Passage>> passagesOf = new HashMap<>();

  /**
   * Over {@code docs} (by article index; only the articles of the events counted need be there) and the
   * copied passages among them (those between other articles may be left out).
   */
  public CorroborationCounter(List<ArticleDigest> docs, List<ReuseDetector.Passage> passages) {
    this.docs = docs;
    for (ReuseDetector.Passage p : passages) {
      passagesOf.computeIfAbsent(p.a(), k -> new ArrayList<>(2)).add(p);
      passagesOf.computeIfAbsent(p.b(), k -> new ArrayList<>(2)).add(p);
    }
  }

  /** Independent sources among the given claims (with their articles' indices). */
  public int count(List<EventMerger.Item> claims) {
    Map<String, Integer> voiceIndex = new LinkedHashMap<>();
    for (EventMerger.Item it : claims) voiceIndex.putIfAbsent(docs.get(it.doc()).voice(), voiceIndex.size());
    if (voiceIndex.size() <= 1) return voiceIndex.size();
    UnionFind uf = new UnionFind(voiceIndex.size());
    // Copies: a passage between two of the event's articles that holds an event claim on both sides.
    Map<Integer, List<Claim>> claimsOfDoc = new HashMap<>();
    for (EventMerger.Item it : claims) claimsOfDoc.computeIfAbsent(it.doc(), k -> new ArrayList<>()).add(it.claim());
    for (Map.Entry<Integer, List<Claim>> e : claimsOfDoc.entrySet()) {
      List<ReuseDetector.Passage> ps = passagesOf.get(e.getKey());
      if (ps == null) continue;
      for (ReuseDetector.Passage p : ps) {
        List<Claim> other = claimsOfDoc.get(p.a() == e.getKey() ? p.b() : p.a());
        if (other == null) continue;
        List<Claim> ca = claimsOfDoc.get(p.a());
        List<Claim> cb = claimsOfDoc.get(p.b());
        if (covers(ca, p.aStart(), p.aEnd()) && covers(cb, p.bStart(), p.bEnd())) {
          uf.union(voiceIndex.get(docs.get(p.a()).voice()), voiceIndex.get(docs.get(p.b()).voice()));
        }
      }
    }
    // Relays: outlets whose every claim here cites the same nearest transmitter.
    Map<String, Set<String>> relays = new HashMap<>();
    for (EventMerger.Item it : claims) {
      Claim c = it.claim();
      String key = c.source() == null ? "" : relayKey(c.source().relay());
      relays.computeIfAbsent(docs.get(it.doc()).voice(), k -> new TreeSet<>()).add(key);
    }
    Map<String, Integer> firstWithRelay = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : relays.entrySet()) {
      if (e.getValue().size() != 1) continue;
      String only = e.getValue().iterator().next();
      if (only.isEmpty()) continue;
      int v = voiceIndex.get(e.getKey());
      Integer first = firstWithRelay.putIfAbsent(only, v);
      if (first != null) uf.union(first, v);
    }
    int roots = 0;
    for (int v = 0; v < voiceIndex.size(); v++) if (uf.find(v) == v) roots++;
    return roots;
  }

  private static boolean covers(List<Claim> claims, int start, int end) {
    for (Claim c : claims) if (c.start() < end && start < c.end()) return true;
    return false;
  }

  static String relayKey(Ref r) {
    if (r == null) return "";
    if (r.entity() != null) return r.entity();
    String w = ClaimKeys.words(r.text());
    return w == null ? "" : w;
  }
}
