package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.isnad.extract.claim.AttributionReader;
import org.isnad.extract.claim.ClaimFeatures;
import org.isnad.extract.claim.ClaimTagger;
import org.isnad.extract.claim.ClaimTrainer;
import org.isnad.extract.claim.ClauseWords;
import org.isnad.extract.claim.DateResolver;
import org.isnad.extract.claim.EventDetector;
import org.isnad.extract.claim.EventFilter;
import org.isnad.extract.claim.EventLexicon;
import org.isnad.extract.claim.EventMention;
import org.isnad.extract.claim.HedgeDetector;
import org.isnad.extract.claim.RoleFinder;
import org.isnad.extract.claim.Span;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.model.Ref;
import org.isnad.model.Source;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Turns sentences into claims: PLOVER type, actor, target, place, date, counts, source, hedging.
 *
 * <p>A claim is one event type reported in a sentence: its triggers ({@link EventDetector}) must be
 * asserted (not negated, future, conditional or modal), and for the types the {@link EventFilter} was
 * trained on, the sentence must read as a concrete reported event rather than talk about one. A sentence
 * whose only triggers of a type are negated verbs gives a claim with {@code negated = true}. Reporting
 * verbs that are acts themselves (اتهم ACCUSE, نفى REJECT, هدد THREATEN, طالب REQUEST) type statements;
 * a bare "قال" with no typed content makes no claim. The claim spans the clauses that hold its triggers.
 *
 * <p>Thread-safe: all state is immutable resources.
 */
public final class ClaimExtractor {
  private final EventDetector detector;
  private final EventFilter filter;
  private final RoleFinder roles;
  private final AttributionReader attribution;
  private final HedgeDetector hedges;
  private final DateResolver dates;
  private final ClauseWords words;
  private final Function<Mention, Place> locate;
  /** The learned reader, or null for the lexicon rules alone. */
  private final ClaimTagger tagger;
  private final ClaimTrainer.Readers readers;
  /** Whether the event filter also judges the learned reader's ASSAULT and PROTEST claims (see {@link #withFilterGate}). */
  private final boolean gate;

  ClaimExtractor(EventDetector detector, EventFilter filter, DateResolver dates, Function<Mention, Place> locate,
                 ClaimTagger tagger) {
    this(detector, filter, dates, locate, tagger, false);
  }

  private ClaimExtractor(EventDetector detector, EventFilter filter, DateResolver dates, Function<Mention, Place> locate,
                         ClaimTagger tagger, boolean gate) {
    this.gate = gate;
    this.detector = detector;
    this.filter = filter;
    this.dates = dates;
    this.locate = locate;
    this.tagger = tagger;
    this.words = detector.words();
    this.readers = ClaimTrainer.Readers.of(detector, dates);
    this.roles = readers.roles();
    this.attribution = readers.attribution();
    this.hedges = HedgeDetector.load();
  }

  /** The learned claim reader when its model is shipped, else the lexicon rules. */
  public static ClaimExtractor load() {
    return new ClaimExtractor(EventDetector.load(), EventFilter.load(), DateResolver.load(),
        m -> new Place(m.text(), m.entity(), null, null), ClaimTagger.load());
  }

  /** The same extractor placing claims with {@code locate} (a gazetteer giving coordinates to LOC mentions). */
  public ClaimExtractor withPlaces(Function<Mention, Place> locate) {
    return new ClaimExtractor(detector, filter, dates, locate, tagger, gate);
  }

  /**
   * The same extractor with or without (the default) the event filter judging the learned reader's
   * ASSAULT and PROTEST claims. The filter learned the arabic_event_gsr's notion of a reportable event: it
   * takes GSR ASSAULT detection from .25 to .62, but on held-out annotated ANT sentences (5-fold
   * cross-validation) it cuts per-sentence type F1 from .61 to .49, dropping concrete events such as
   * "فإن الميليشيات فجرت مخازن الأسلحة" (AL-internationalNews-1135-20180512). ANT-like news is what Isnad
   * reads, so the shipped pipeline leaves it off; {@code eval events} reports both.
   */
  public ClaimExtractor withFilterGate(boolean on) {
    return new ClaimExtractor(detector, filter, dates, locate, tagger, on);
  }

  /** The same extractor with another filter model (for training and evaluation). */
  public ClaimExtractor withFilter(EventFilter f) {
    return new ClaimExtractor(detector, f, dates, locate, tagger, gate);
  }

  /** The same extractor with another learned reader; null for the lexicon rules alone. */
  public ClaimExtractor withTagger(ClaimTagger t) {
    return new ClaimExtractor(detector, filter, dates, locate, t, gate);
  }

  public EventDetector detector() {
    return detector;
  }

  public DateResolver dates() {
    return dates;
  }

  public List<Claim> extract(Article article, Doc doc, List<Mention> mentions, List<Quantity> quantities) {
    return extract(article, doc, doc.sentences(), mentions, quantities);
  }

  /** Claims of the given sentences (the evaluation passes each gold sentence whole). */
  public List<Claim> extract(Article article, Doc doc, List<Sentence> sentences, List<Mention> mentions,
                             List<Quantity> quantities) {
    if (tagger != null) return learned(article, doc, sentences, mentions, quantities);
    Tokens t = doc.tokens();
    boolean[] hedged = hedges.hedged(t, sentences);
    List<Claim> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<EventMention> ms = detector.detect(t, s);
      if (ms.isEmpty()) continue;
      int first = s.firstToken();
      boolean[] stopA = new boolean[s.endToken() - first];
      boolean[] timeA = new boolean[s.endToken() - first];
      List<EventMention> own = claimable(ms);
      // role phrases stop at triggers, except at what an agreement or refusal governs ("يرفضون المغادرة")
      for (EventMention m : own) {
        if (m.trigger().kind() == EventLexicon.Kind.R || m.trigger().entry().roles().equals("-")) continue;
        for (int i = m.trigger().firstToken(); i < m.trigger().endToken(); i++) stopA[i - first] = true;
      }
      for (DateResolver.TimeExpr e : dates.find(t, first, s.endToken(), article.published())) {
        for (int i = e.first(); i < e.end(); i++) {
          timeA[i - first] = true;
          stopA[i - first] = true;
        }
      }
      IntPredicate stop = i -> i >= first && i - first < stopA.length && stopA[i - first];
      IntPredicate time = i -> i >= first && i - first < timeA.length && timeA[i - first];
      List<AttributionReader.Frame> frames = attribution.frames(t, s, stop, time);
      Map<String, List<EventMention>> byType = new LinkedHashMap<>();
      for (EventMention m : own) byType.computeIfAbsent(m.type(), x -> new ArrayList<>()).add(m);
      for (Map.Entry<String, List<EventMention>> e : byType.entrySet()) {
        String type = e.getKey();
        List<EventMention> of = e.getValue();
        EventMention main = null;
        boolean negated = false;
        if (filter.covers(type)) {
          if (filter.accept(type, filter.featuresFor(t, s, ms, type, detector, dates))) main = mainOf(of, true);
        } else {
          main = mainOf(of, false);
        }
        if (main == null) {
          for (EventMention m : of) {
            if (m.negated() && isVerb(m)) {
              main = m;
              negated = true;
              break;
            }
          }
        }
        if (main == null) continue;
        int cs = main.clauseStart();
        int ce = main.clauseEnd();
        for (EventMention m : of) {
          if (m.asserted() != !negated) continue;
          cs = Math.min(cs, m.clauseStart());
          ce = Math.max(ce, m.clauseEnd());
        }
        cs = Math.max(cs, first);
        // "قال مصدر أمني إن …": the claim is the reported content, after the complementiser
        int comp = complementBefore(frames, main.trigger().firstToken());
        if (comp >= cs && comp + 1 < main.trigger().endToken()) cs = comp + 1;
        ce = Math.min(Math.max(ce, cs + 1), s.endToken());
        int start = t.start(cs);
        int end = t.end(ce - 1);
        RoleFinder.Roles r = roles.find(t, main, stop, time, s.endToken());
        if (r.target() != null && reflexive(t, r.target())) {
          // "فجر نفسه ... ليقتل خمسة": a suicide attacker's victims are the object of the next act
          Span next = null;
          for (EventMention m : of) {
            if (m.trigger().firstToken() <= main.trigger().firstToken() || !isVerb(m)) continue;
            next = roles.find(t, m, stop, time).target();
            if (next != null) break;
          }
          r = new RoleFinder.Roles(r.actor(), next);
        }
        r = nameAfterTitle(t, r, mentions, s.endToken());
        if (type.equals("PROTEST")) {
          // protesters are named by the participant noun ("خرج آلاف المتظاهرين"), whatever the verb
          for (EventMention m : of) {
            if (m.trigger().kind() == EventLexicon.Kind.R) {
              r = new RoleFinder.Roles(roles.participants(t, m, stop), r.target());
              break;
            }
          }
          if (r.target() == null) r = new RoleFinder.Roles(r.actor(), roles.protestTarget(t, first, s.endToken(), stop));
        }
        String date = dates.resolve(t, cs, ce, article.published());
        if (date == null) date = dates.resolve(t, first, s.endToken(), article.published());
        List<String> qs = new ArrayList<>();
        for (Quantity q : quantities) if (q.start() >= start && q.end() <= end) qs.add(q.id());
        Source source = source(t, frames, main, mentions);
        out.add(new Claim(article.id() + "#c" + (out.size() + 1), article.id(), start, end,
            doc.text().substring(t.start(first), t.end(s.endToken() - 1)), type,
            ref(t, r.actor(), mentions, quantities, stop), ref(t, r.target(), mentions, quantities, stop), place(t, cs, ce, main, mentions),
            date, qs, source, hedged[k], negated, null));
      }
    }
    return out;
  }

  /** Modes that report something said to have happened (or denied, or alleged): they make claims. */
  private static final java.util.Set<String> CLAIMED = java.util.Set.of("asserted", "negated", "hedged");

  /**
   * Claims from the learned reader ({@link ClaimTagger}): each event mention that is asserted, denied or
   * alleged is a claim of its type (mentions of one type in one sentence are one claim, its roles those
   * of the first mention that names them); each attribution frame whose content holds no event and whose
   * source is named is a STATEMENT claim. A claim attributed to a frame spans its content, else its
   * sentence; its source chain is the frame's. Dates come from the event's time, its clause or its
   * sentence, else the publication day; places from the event's place, its clause, its sentence, else the
   * dateline; each with its basis.
   */
  private List<Claim> learned(Article article, Doc doc, List<Sentence> sentences, List<Mention> mentions,
                              List<Quantity> quantities) {
    Tokens t = doc.tokens();
    boolean[] hedged = hedges.hedged(t, sentences);
    List<Claim> out = new ArrayList<>();
    String day = DateResolver.day(article.published());
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.endToken() <= s.firstToken()) continue;
      // a claim reads only its own sentence's mentions and counts: a scan of the whole article's for each
      // claim made an article's cost grow with the square of its length
      List<Mention> sentenceMentions = mentionsIn(mentions, s);
      List<Quantity> sentenceQuantities = quantitiesIn(quantities, s);
      ClaimFeatures f = readers.features(t, s, sentenceMentions, article.published());
      ClaimTagger.Reading r = tagger.read(f);
      int first = s.firstToken();
      String sentence = doc.text().substring(s.start(), s.end());
      Map<String, List<ClaimTagger.TEvent>> byType = new LinkedHashMap<>();
      for (ClaimTagger.TEvent e : r.events()) {
        if (CLAIMED.contains(e.mode())) byType.computeIfAbsent(e.type(), x -> new ArrayList<>()).add(e);
      }
      // for the types the event filter covers (ASSAULT, PROTEST) an asserted lexicon trigger the model
      // missed still makes a claim, read with the model's roles: the rule reader's recall on them
      for (EventMention m : f.lexiconTriggers()) {
        if (!filter.covers(m.type()) || !m.asserted() || m.attempt() || byType.containsKey(m.type())) continue;
        ClaimTagger.Tok tok = new ClaimTagger.Tok(m.trigger().firstToken() - first, m.trigger().endToken() - first);
        ClaimTagger.TEvent e = tagger.event(f, tok, m.type());
        if (CLAIMED.contains(e.mode())) byType.computeIfAbsent(m.type(), x -> new ArrayList<>()).add(e);
      }
      List<ClaimTagger.TEvent> claimed = new ArrayList<>();
      for (Map.Entry<String, List<ClaimTagger.TEvent>> e : byType.entrySet()) {
        List<ClaimTagger.TEvent> of = e.getValue();
        // where the event filter was trained (ASSAULT, PROTEST), it still tells concrete events from talk
        if (gate && filter.covers(e.getKey())
            && !filter.accept(e.getKey(), filter.featuresFor(t, s, f.lexiconTriggers(), e.getKey(), detector, dates))) {
          continue;
        }
        claimed.addAll(of);
        ClaimTagger.TEvent main = of.get(0);
        for (ClaimTagger.TEvent m : of) {
          if (!m.mode().equals("negated")) {
            main = m;
            break;
          }
        }
        ClaimTagger.TFrame frame = frameOf(r.frames(), main.trigger());
        ClaimTagger.Tok actor = null;
        ClaimTagger.Tok target = null;
        ClaimTagger.Tok place = null;
        ClaimTagger.Tok time = null;
        for (ClaimTagger.TEvent m : of) {
          if (!m.mode().equals(main.mode())) continue;
          if (actor == null) actor = m.actor();
          if (target == null) target = m.target();
          if (place == null) place = m.place();
          if (time == null) time = m.time();
        }
        out.add(claim(article, doc, s, sentence, e.getKey(), frame, main, actor, target, place, time, sentenceMentions,
            sentenceQuantities, hedged[k] || main.mode().equals("hedged"), main.mode().equals("negated"), out.size() + 1, day));
      }
      for (ClaimTagger.TFrame fr : r.frames()) {
        // a frame whose content makes no claim of its own is still a claim: that its source said so
        if (fr.chain().isEmpty() || holdsEvent(fr, claimed)) continue;
        out.add(claim(article, doc, s, sentence, "STATEMENT", fr, null, null, null, null, null, sentenceMentions,
            sentenceQuantities, hedged[k], false, out.size() + 1, day));
      }
    }
    return out;
  }

  private Claim claim(Article article, Doc doc, Sentence s, String sentence, String type, ClaimTagger.TFrame frame,
                      ClaimTagger.TEvent main, ClaimTagger.Tok actor, ClaimTagger.Tok target, ClaimTagger.Tok place,
                      ClaimTagger.Tok time, List<Mention> mentions, List<Quantity> quantities, boolean hedged,
                      boolean negated, int n, String day) {
    Tokens t = doc.tokens();
    int first = s.firstToken();
    int cs = first;
    int ce = s.endToken();
    if (frame != null && frame.content() != null) {
      cs = first + frame.content().first();
      ce = first + frame.content().end();
    }
    while (cs < ce - 1 && t.kind(cs) == Tokens.PUNCT) cs++;
    while (ce - 1 > cs && t.kind(ce - 1) == Tokens.PUNCT) ce--;
    int start = t.start(cs);
    int end = t.end(ce - 1);
    IntPredicate none = i -> false;
    List<String> qs = new ArrayList<>();
    for (Quantity q : quantities) if (q.start() >= start && q.end() <= end) qs.add(q.id());
    Source source = null;
    if (frame != null && !frame.chain().isEmpty()) {
      List<Ref> chain = new ArrayList<>(frame.chain().size());
      for (ClaimTagger.Tok c : frame.chain()) {
        Ref ref = ref(t, span(first, c), mentions);
        if (ref != null) chain.add(ref);
      }
      if (!chain.isEmpty()) {
        Ref last = chain.get(chain.size() - 1);
        source = new Source(last.text(), last.entity(), chain);
      }
    }
    // where: the event's place, else a place in its clause, else in its sentence, else the dateline; a place
    // inside the dateline that opens the text ("دبي، الإمارات العربية المتحدة (CNN) --") is the dateline's
    int head = datelineEnd(article.dateline(), doc.text());
    Place where = null;
    String whereBasis = null;
    if (place != null && t.start(first + place.first()) >= head) {
      Mention m = mentionIn(t.start(first + place.first()), t.end(first + place.end() - 1), mentions, MentionType.LOC);
      Ref p = ref(t, span(first, place), mentions);
      if (m != null) where = locate.apply(m);
      else if (p != null) where = new Place(p.text(), null, null, null);
      if (where != null) whereBasis = "clause";
    }
    if (where == null && main != null) {
      int trig = first + main.trigger().first();
      where = placeIn(t, Math.max(cs, tokenAt(t, head)), ce, trig, mentions);
      if (where != null) whereBasis = "clause";
      if (where == null) {
        where = placeIn(t, Math.max(first, tokenAt(t, head)), s.endToken(), trig, mentions);
        if (where != null) whereBasis = "sentence";
      }
    }
    if (where == null && main != null && article.dateline() != null) {
      where = new Place(article.dateline(), null, null, null);
      whereBasis = "dateline";
    }
    // when: the event's time, else its clause, else its sentence, else the publication day
    String date = null;
    if (time != null) date = dates.resolve(t, first + time.first(), first + time.end(), article.published());
    if (date == null) date = dates.resolve(t, cs, ce, article.published());
    if (date == null) date = dates.resolve(t, first, s.endToken(), article.published());
    boolean past = main != null && !"future".equals(main.mode());
    if (date != null && day != null && past && date.length() == day.length() && date.compareTo(day) > 0) {
      date = null; // a reported past event cannot postdate its article: the text's date was misread
    }
    String dateBasis = date != null ? "text" : day != null ? "published" : null;
    if (date == null) date = day;
    return new Claim(article.id() + "#c" + n, article.id(), start, end, sentence, type,
        ref(t, span(first, actor), mentions, quantities, none), ref(t, span(first, target), mentions, quantities, none),
        where, date, qs, source, hedged, negated, null, dateBasis, whereBasis);
  }

  private static Span span(int first, ClaimTagger.Tok tok) {
    return tok == null ? null : new Span(first + tok.first(), first + tok.end());
  }

  /**
   * The innermost frame whose content holds the trigger and names its source, else the innermost one
   * that holds it: in "وقال مصدر أمني إن …، مؤكدا أن …" the participle continues the named speaker.
   */
  private static ClaimTagger.TFrame frameOf(List<ClaimTagger.TFrame> frames, ClaimTagger.Tok trig) {
    ClaimTagger.TFrame best = null;
    ClaimTagger.TFrame named = null;
    for (ClaimTagger.TFrame f : frames) {
      ClaimTagger.Tok c = f.content();
      if (c == null || c.first() > trig.first() || c.end() < trig.end()) continue;
      if (best == null || c.end() - c.first() < best.content().end() - best.content().first()) best = f;
      if (!f.chain().isEmpty() && (named == null || c.end() - c.first() < named.content().end() - named.content().first())) {
        named = f;
      }
    }
    return named != null ? named : best;
  }

  /** The frame's content holds one of the events that made claims. */
  private static boolean holdsEvent(ClaimTagger.TFrame f, List<ClaimTagger.TEvent> events) {
    if (f.content() == null) return false;
    for (ClaimTagger.TEvent e : events) {
      if (f.content().first() <= e.trigger().first() && e.trigger().end() <= f.content().end()) return true;
    }
    return false;
  }

  /** The mentions inside sentence {@code s} (mentions are in text order). */
  private static List<Mention> mentionsIn(List<Mention> mentions, Sentence s) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).end() <= s.start()) lo = mid + 1;
      else hi = mid;
    }
    int e = lo;
    while (e < mentions.size() && mentions.get(e).start() < s.end()) e++;
    return mentions.subList(lo, e);
  }

  /** The counts inside sentence {@code s} (counts are in text order and never overlap; each lies in one sentence). */
  private static List<Quantity> quantitiesIn(List<Quantity> quantities, Sentence s) {
    int lo = 0;
    int hi = quantities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quantities.get(mid).end() <= s.start()) lo = mid + 1;
      else hi = mid;
    }
    int e = lo;
    while (e < quantities.size() && quantities.get(e).start() < s.end()) e++;
    return quantities.subList(lo, e);
  }

  /**
   * "توعد الرئيس الأمريكي دونالد ترامب المسؤولين": a person's name right after a title actor belongs to the
   * actor (the chunker ends a definite phrase at the indefinite name), and the target starts after it.
   */
  private static RoleFinder.Roles nameAfterTitle(Tokens t, RoleFinder.Roles r, List<Mention> mentions, int limit) {
    Span a = r.actor();
    if (a == null || a.end() >= limit) return r;
    int at = t.start(a.end());
    for (Mention m : mentions) {
      if (m.start() > at) break;
      if (m.type() != MentionType.PER || m.start() != at) continue;
      int e = a.end();
      while (e < limit && t.start(e) < m.end()) e++;
      Span target = r.target();
      if (target != null && target.first() >= a.end() && target.first() < e) {
        target = target.end() > e ? new Span(e, target.end()) : null;
      }
      return new RoleFinder.Roles(new Span(a.first(), e), target);
    }
    return r;
  }

  /**
   * Types whose trigger governs what follows it as its content: the deal and the refusal. (A demand is left
   * to the event filter: "طلبت توجيه ضربات جوية في القتال" still reports the fighting.)
   */
  private static final java.util.Set<String> FRAMING = java.util.Set.of("AGREE", "REJECT");

  /**
   * The triggers that report events of their own: an event noun after an agreement, a demand or a
   * refusal in the same clause is what was agreed or refused ("التوصل إلى اتفاق بشأن إجلاء الجرحى",
   * "اتفاق يقضي بخروج المسلحين", "رفضهم أي حل يتضمن إجلاءهم"), not a reported act.
   */
  private static List<EventMention> claimable(List<EventMention> ms) {
    List<EventMention> out = new ArrayList<>(ms.size());
    EventMention frame = null;
    for (EventMention m : ms) {
      // only verbal nouns: a participant noun right after "دعا" is its subject ("دعا متظاهرون")
      boolean noun = m.trigger().kind() == EventLexicon.Kind.N;
      if (frame != null && noun && !m.type().equals(frame.type()) && m.clauseStart() == frame.clauseStart()
          && m.trigger().firstToken() - frame.trigger().endToken() <= 8) {
        continue;
      }
      out.add(m);
      if (FRAMING.contains(m.type()) && m.trigger().kind() != EventLexicon.Kind.R) frame = m;
      else if (m.clauseStart() != (frame == null ? -1 : frame.clauseStart())) frame = null;
    }
    return out;
  }

  private static boolean reflexive(Tokens t, Span s) {
    String w = t.norm(s.first());
    return s.end() - s.first() == 1 && (w.startsWith("نفس") || w.startsWith("انفس"));
  }

  private static boolean isVerb(EventMention m) {
    return m.trigger().kind() == EventLexicon.Kind.V || m.trigger().kind() == EventLexicon.Kind.I;
  }

  /**
   * The trigger that carries the claim: the first asserted verb, else (when {@code nounsToo}, i.e. the
   * filter already judged the sentence) the first asserted trigger, else an event noun made an act by a
   * support verb ("شنت غارة") or reported done by a passive or announcing one ("تم التوصل إلى اتفاق").
   */
  private static EventMention mainOf(List<EventMention> of, boolean nounsToo) {
    for (EventMention m : of) if (m.asserted() && !m.attempt() && isVerb(m)) return m;
    for (EventMention m : of) {
      if (!m.asserted() || m.attempt()) continue;
      if (nounsToo && m.trigger().kind() != EventLexicon.Kind.R) return m;
      if ((m.supported() || m.reported()) && m.trigger().kind() == EventLexicon.Kind.N) return m;
    }
    if (nounsToo) for (EventMention m : of) if (m.asserted()) return m;
    return null;
  }

  private static Mention mentionIn(int start, int end, List<Mention> mentions, MentionType type) {
    for (Mention m : mentions) {
      if (m.start() >= end) break;
      if (m.end() > start && m.start() < end && (type == null || m.type() == type)) return m;
    }
    return null;
  }

  private static Ref ref(Tokens t, Span s, List<Mention> mentions) {
    return ref(t, s, mentions, List.of(), i -> false);
  }

  /**
   * The role phrase as {@code {text, entity}}. A count at its start is taken whole ("أكثر من 1600 شخص", not
   * "أكثر"); a name the phrase starts or cuts is taken whole ("مدينة دوما"); the entity is that of the
   * first actor-like mention in it (a person, organisation or descriptor: "مسلحي جيش الإسلام" is
   * Jaysh al-Islam's), or of a place only when the phrase starts with the place ("سكان دوما" is not Douma).
   */
  private static Ref ref(Tokens t, Span s, List<Mention> mentions, List<Quantity> quantities, IntPredicate stop) {
    if (s == null || s.isEmpty()) return null;
    int a = s.first();
    int b = s.end();
    while (a < b && t.kind(a) == Tokens.PUNCT) a++;
    while (b > a && t.kind(b - 1) == Tokens.PUNCT) b--;
    if (a >= b) return null;
    int start = t.stemStart(a);
    int end = t.end(b - 1);
    for (Quantity q : quantities) {
      if (q.start() <= start && q.end() > start || q.start() >= start && q.start() < t.end(a)) {
        // never over a trigger ("أكثر من أربعة آلاف | يرفضون")
        int k = b;
        while (k < t.size() && t.start(k) < q.end() && !stop.test(k)) k++;
        start = Math.min(start, q.start());
        end = Math.max(end, k < t.size() && t.start(k) < q.end() ? end : q.end());
        break;
      }
    }
    Mention actorLike = null;
    Mention place = null;
    for (Mention m : mentions) {
      if (m.start() >= end) break;
      if (m.end() <= start) continue;
      if (m.type() == MentionType.LOC) {
        if (place == null && m.start() <= start) place = m;
      } else if (actorLike == null) {
        actorLike = m;
      }
    }
    Mention m = actorLike != null ? actorLike : place;
    if (m != null) {
      // "جيش الإسلام" لخروج مقاتليه": a phrase that starts with a name ends with it before a ل/ب phrase
      if (m.start() <= start && m.end() < end) {
        int after = m.end();
        while (after < end && !Character.isLetter(t.text().charAt(after))) after++;
        char c = t.text().charAt(after);
        if (after < end && (c == 'ل' || c == 'ب')) end = m.end();
      }
      start = Math.min(start, m.start());
      end = Math.max(end, m.end());
    }
    return new Ref(t.text().substring(start, end), m == null ? null : m.entity());
  }

  /** The complementiser (إن/أن, colon, quote) of the reporting verb that governs the trigger, or -1. */
  private static int complementBefore(List<AttributionReader.Frame> frames, int trig) {
    int comp = -1;
    for (AttributionReader.Frame f : frames) {
      if (f.kind().equals("PREP") || f.first() >= trig) continue;
      if (f.complement() >= 0 && f.complement() < trig) comp = f.complement();
    }
    return comp;
  }

  private Source source(Tokens t, List<AttributionReader.Frame> frames, EventMention main, List<Mention> mentions) {
    int trig = main.trigger().firstToken();
    AttributionReader.Frame verb = null;
    AttributionReader.Frame prep = null;
    for (AttributionReader.Frame f : frames) {
      if (f.first() <= trig && trig < f.end()) continue; // the trigger is the reporting verb itself
      if (f.source() != null && f.source().first() <= trig && trig < f.source().end()) continue;
      if (f.kind().equals("PREP")) {
        if (prep == null) prep = f;
      } else if (f.first() < trig && f.source() != null) {
        verb = f;
      }
    }
    List<Ref> chain = new ArrayList<>(3);
    if (prep != null) chain.add(afterLam(t, prep.source(), ref(t, prep.source(), mentions)));
    if (verb != null) {
      chain.add(ref(t, verb.source(), mentions));
      if (verb.original() != null) chain.add(ref(t, verb.original(), mentions));
    }
    chain.removeIf(x -> x == null);
    if (chain.isEmpty()) return null;
    Ref last = chain.get(chain.size() - 1);
    return new Source(last.text(), last.entity(), chain);
  }

  /** "وفقا لوكالة أنترفاكس": after "وفقا"/"تبعا" the ل on the source's first word is the preposition's. */
  private static Ref afterLam(Tokens t, Span s, Ref r) {
    if (r == null || s.first() == 0 || !r.text().startsWith("ل")) return r;
    String prev = t.norm(s.first() - 1);
    if (!(prev.endsWith("وفقا") || prev.endsWith("تبعا"))) return r;
    return new Ref(r.text().substring(1), r.entity());
  }

  private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("مدينة", "بلدة", "قرية", "محافظة",
      "منطقة", "حي", "ريف", "مخيم", "ناحية", "قضاء", "ولاية", "اقليم", "شارع", "مدينه", "بلده", "قريه");

  /**
   * A place mention in the claim's clauses (the first after the trigger, else the first before); without
   * mentions, "في مدينة/بلدة/قرية … X" (then without coordinates).
   */
  private Place place(Tokens t, int cs, int ce, EventMention main, List<Mention> mentions) {
    return placeIn(t, cs, ce, main.trigger().firstToken(), mentions);
  }

  /** The first token starting at or after offset {@code at}. */
  private static int tokenAt(Tokens t, int at) {
    int i = 0;
    while (i < t.size() && t.start(i) < at) i++;
    return i;
  }

  /**
   * Where a dateline opening the text ends: after its place, up to the dash or colon that closes it within
   * the head ("دبي، الإمارات العربية المتحدة (CNN) --", "القاهرة (رويترز) -"); 0 when the text does not open
   * with its dateline's place.
   */
  static int datelineEnd(String dateline, String text) {
    if (dateline == null || text == null) return 0;
    int at = 0; // the head only: searching the whole text for each claim would cost its length
    while (at <= 3 && !text.startsWith(dateline, at)) at++;
    if (at > 3) return 0;
    int from = at + dateline.length();
    int lim = Math.min(text.length(), from + 80);
    for (int i = from; i < lim; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '–' || c == '—' || c == ':') {
        while (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '–' || text.charAt(i) == '—' || text.charAt(i) == ':')) i++;
        return i;
      }
      if (c == '.' || c == '\n') break; // the first sentence began: the dateline was the place alone
    }
    return from;
  }

  private Place placeIn(Tokens t, int cs, int ce, int trigger, List<Mention> mentions) {
    if (cs >= ce) return null;
    int start = t.start(cs);
    int end = t.end(ce - 1);
    int trig = t.start(trigger);
    Mention best = null;
    for (Mention m : mentions) {
      if (m.type() != MentionType.LOC || m.start() < start || m.end() > end) continue;
      if (best == null || (best.start() < trig && m.start() >= trig)) best = m;
    }
    if (best != null) return locate.apply(best);
    for (int i = cs; i + 2 < ce; i++) {
      if (t.kind(i) != Tokens.WORD) continue;
      String w = t.norm(i);
      if (!(w.equals("في") || w.equals("وفي") || w.equals("قرب") || w.equals("بالقرب"))) continue;
      int j = i + 1;
      if (w.equals("بالقرب") && j < ce && t.norm(j).equals("من")) j++;
      if (j < ce && t.kind(j) == Tokens.WORD && PLACE_NOUNS.contains(t.key(j))) {
        int k = j + 1;
        int e = k;
        while (e < ce && e < k + 3 && t.kind(e) == Tokens.WORD && words.kind(t, e) == null
            && !t.norm(e).startsWith("بال") && !t.norm(e).startsWith("وال")) {
          e++;
        }
        if (e > k) return new Place(t.text().substring(t.stemStart(j), t.end(e - 1)), null, null, null);
      }
    }
    return null;
  }
}
