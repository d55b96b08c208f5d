package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.isnad.extract.claim.ClaimTagger.Reading;
import org.isnad.extract.claim.ClaimTagger.TEvent;
import org.isnad.extract.claim.ClaimTagger.TFrame;
import org.isnad.extract.claim.ClaimTagger.Tok;
import org.isnad.text.Tokens;

/**
 * Scores readings of sentences against gold readings, in tokens: cues, sources (exact and overlapping),
 * chains, trigger detection, typed triggers (micro and per type), modes, and token F1 of each role.
 *
 * <p>Spans are matched one to one, greedily in text order. A chain matches when it has as many links as
 * the gold one and each link overlaps its gold link. Roles count tokens (punctuation left out) over
 * every gold and predicted event: an event whose trigger has no counterpart contributes all its role
 * tokens as misses or false alarms, so trigger errors show in the role figures too.
 */
public final class ClaimScore {
  /** True positives, false positives, false negatives. */
  public static final class Count {
    public long tp;
    public long fp;
    public long fn;

    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", precision(), recall(), f1(),
          tp, fp, fn);
    }
  }

  public final Map<String, Count> figures = new LinkedHashMap<>();
  public final Map<String, Count> perType = new LinkedHashMap<>();

  public ClaimScore() {
    for (String k : new String[] {"cue (overlap)", "source (exact)", "source (overlap)", "chain", "trigger (overlap)",
        "type (micro)", "mode", "statement", "actor tokens", "target tokens", "place tokens", "time tokens",
        "actor | gold trigger", "target | gold trigger", "place | gold trigger", "time | gold trigger"}) {
      figures.put(k, new Count());
    }
    for (String t : ClaimTagger.TYPES) perType.put(t, new Count());
  }

  public Count get(String name) {
    return figures.get(name);
  }

  /** Adds one sentence: {@code t} its tokens, {@code pred} and {@code gold} its readings. */
  public void add(Tokens t, Reading pred, Reading gold) {
    spans(map(pred.frames(), TFrame::cue), map(gold.frames(), TFrame::cue), false, get("cue (overlap)"));
    List<Tok> ps = new ArrayList<>();
    List<Tok> gs = new ArrayList<>();
    for (TFrame f : pred.frames()) if (f.source() != null) ps.add(f.source());
    for (TFrame f : gold.frames()) if (f.source() != null) gs.add(f.source());
    spans(ps, gs, true, get("source (exact)"));
    spans(ps, gs, false, get("source (overlap)"));
    chains(pred.frames(), gold.frames(), get("chain"));
    statements(pred, gold, get("statement"));
    List<Tok> pt = map(pred.events(), TEvent::trigger);
    List<Tok> gt = map(gold.events(), TEvent::trigger);
    spans(pt, gt, false, get("trigger (overlap)"));
    int[] match = match(pt, gt, false);
    Count typed = get("type (micro)");
    Count mode = get("mode");
    boolean[] goldTyped = new boolean[gt.size()];
    for (int i = 0; i < pt.size(); i++) {
      TEvent p = pred.events().get(i);
      int g = match[i];
      boolean ok = g >= 0 && gold.events().get(g).type().equals(p.type());
      if (ok) {
        typed.tp++;
        perType.get(p.type()).tp++;
        goldTyped[g] = true;
        if (gold.events().get(g).mode().equals(p.mode())) mode.tp++;
        else mode.fp++;
      } else {
        typed.fp++;
        perType.get(p.type()).fp++;
      }
    }
    for (int g = 0; g < gt.size(); g++) {
      if (goldTyped[g]) continue;
      typed.fn++;
      Count c = perType.get(gold.events().get(g).type());
      if (c != null) c.fn++;
    }
    roles(t, pred.events(), gold.events(), match, TEvent::actor, get("actor tokens"));
    roles(t, pred.events(), gold.events(), match, TEvent::target, get("target tokens"));
    roles(t, pred.events(), gold.events(), match, TEvent::place, get("place tokens"));
    roles(t, pred.events(), gold.events(), match, TEvent::time, get("time tokens"));
  }

  /** Roles only, for events read on the gold triggers ({@code pred.get(i)} on {@code gold.get(i)}'s trigger). */
  public void addGivenTriggers(Tokens t, List<TEvent> pred, List<TEvent> gold) {
    int[] match = new int[pred.size()];
    for (int i = 0; i < match.length; i++) match[i] = i;
    roles(t, pred, gold, match, TEvent::actor, get("actor | gold trigger"));
    roles(t, pred, gold, match, TEvent::target, get("target | gold trigger"));
    roles(t, pred, gold, match, TEvent::place, get("place | gold trigger"));
    roles(t, pred, gold, match, TEvent::time, get("time | gold trigger"));
  }

  private static <T> List<Tok> map(List<T> xs, Function<T, Tok> f) {
    List<Tok> out = new ArrayList<>(xs.size());
    for (T x : xs) out.add(f.apply(x));
    return out;
  }

  private static boolean same(Tok a, Tok b, boolean exact) {
    if (a == null || b == null) return false;
    return exact ? a.equals(b) : a.first() < b.end() && b.first() < a.end();
  }

  /** For each predicted span, the index of the gold span it is matched to, or -1. */
  private static int[] match(List<Tok> pred, List<Tok> gold, boolean exact) {
    int[] out = new int[pred.size()];
    boolean[] used = new boolean[gold.size()];
    for (int i = 0; i < pred.size(); i++) {
      out[i] = -1;
      for (int g = 0; g < gold.size(); g++) {
        if (!used[g] && same(pred.get(i), gold.get(g), exact)) {
          used[g] = true;
          out[i] = g;
          break;
        }
      }
    }
    return out;
  }

  private static void spans(List<Tok> pred, List<Tok> gold, boolean exact, Count c) {
    int[] m = match(pred, gold, exact);
    int tp = 0;
    for (int x : m) if (x >= 0) tp++;
    c.tp += tp;
    c.fp += pred.size() - tp;
    c.fn += gold.size() - tp;
  }

  private static void chains(List<TFrame> pred, List<TFrame> gold, Count c) {
    List<TFrame> p = new ArrayList<>();
    List<TFrame> g = new ArrayList<>();
    for (TFrame f : pred) if (!f.chain().isEmpty()) p.add(f);
    for (TFrame f : gold) if (!f.chain().isEmpty()) g.add(f);
    boolean[] used = new boolean[g.size()];
    for (TFrame f : p) {
      boolean hit = false;
      for (int k = 0; k < g.size() && !hit; k++) {
        if (used[k] || g.get(k).chain().size() != f.chain().size()) continue;
        boolean all = true;
        for (int j = 0; j < f.chain().size() && all; j++) all = same(f.chain().get(j), g.get(k).chain().get(j), false);
        if (all) {
          used[k] = true;
          hit = true;
        }
      }
      if (hit) c.tp++;
      else c.fp++;
    }
    for (boolean u : used) if (!u) c.fn++;
  }

  /** Frames with no event in their content: the STATEMENT claims, matched by cue. */
  private static void statements(Reading pred, Reading gold, Count c) {
    spans(statementCues(pred), statementCues(gold), false, c);
  }

  private static List<Tok> statementCues(Reading r) {
    List<Tok> out = new ArrayList<>();
    for (TFrame f : r.frames()) {
      boolean holds = false;
      for (TEvent e : r.events()) {
        if (f.content() != null && f.content().first() <= e.trigger().first() && e.trigger().end() <= f.content().end()) {
          holds = true;
        }
      }
      if (!holds) out.add(f.cue());
    }
    return out;
  }

  private static void roles(Tokens t, List<TEvent> pred, List<TEvent> gold, int[] match, Function<TEvent, Tok> role,
                            Count c) {
    boolean[] seen = new boolean[gold.size()];
    for (int i = 0; i < pred.size(); i++) {
      Tok p = role.apply(pred.get(i));
      Tok g = match[i] >= 0 ? role.apply(gold.get(match[i])) : null;
      if (match[i] >= 0) seen[match[i]] = true;
      int pn = words(t, p);
      int gn = words(t, g);
      int common = 0;
      if (p != null && g != null) {
        for (int k = Math.max(p.first(), g.first()); k < Math.min(p.end(), g.end()); k++) {
          if (t.kind(k) != Tokens.PUNCT) common++;
        }
      }
      c.tp += common;
      c.fp += pn - common;
      c.fn += gn - common;
    }
    for (int g = 0; g < gold.size(); g++) if (!seen[g]) c.fn += words(t, role.apply(gold.get(g)));
  }

  private static int words(Tokens t, Tok s) {
    if (s == null) return 0;
    int n = 0;
    for (int k = s.first(); k < s.end(); k++) if (t.kind(k) != Tokens.PUNCT) n++;
    return n;
  }

  /** The figures as lines of text. */
  public String report() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Count> e : figures.entrySet()) {
      b.append(String.format(Locale.ROOT, "%-22s %s%n", e.getKey(), e.getValue()));
    }
    b.append("per type:\n");
    for (Map.Entry<String, Count> e : perType.entrySet()) {
      Count c = e.getValue();
      if (c.tp + c.fp + c.fn == 0) continue;
      b.append(String.format(Locale.ROOT, "  %-10s %s%n", e.getKey(), c));
    }
    return b.toString();
  }
}
