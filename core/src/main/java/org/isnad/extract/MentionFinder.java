package org.isnad.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extract.entity.ActorCatalog;
import org.isnad.extract.entity.DescriptorLexicon;
import org.isnad.extract.entity.EntityLexicon;
import org.isnad.extract.entity.EntityLexicon.Name;
import org.isnad.extract.entity.EntityLexicon.Role;
import org.isnad.extract.entity.EntityLexicon.Slot;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.extract.entity.PlaceGazetteer;
import org.isnad.extract.ner.NameSpan;
import org.isnad.extract.ner.NameTagger;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.model.Place;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Clitics;
import org.isnad.text.Doc;
import org.isnad.text.LexiconFile;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.PhraseLexicon.Match;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * Finds names (PER, ORG, LOC) and actor descriptors (DESC) in a document and links them to canonical
 * entities. Thread-safe: one instance serves every article.
 *
 * <p>Two sources are combined. The catalogues ({@link EntityLexicon}) are matched longest-first, with
 * proclitics left outside the span ("بحلب" → "حلب"); the statistical {@link NameTagger} adds the names
 * the catalogues lack, linked when their words are a known alias or family name. Catalogue matches win
 * where the two overlap. Per article, then:
 * <ul>
 *   <li>a family name ("غوتيريش", "المعلم") links to the person named in full or by title elsewhere in
 *       the article, the nearest such mention first; a distinctive family name links on its own;
 *   <li>a title directly followed by the person's name ("الرئيس السوري بشار الأسد") gives way to the name;
 *   <li>a descriptor such as "المسلحين" or "النظام" links to its Syrian actor only when the article names
 *       a Syrian place or party; elsewhere it stays a DESC mention with no entity;
 *   <li>a place name that is also a word ("الباب", "التل", "نوى") counts only after a place word
 *       ("مدينة الباب") or next to another place ("جرابلس والباب").
 * </ul>
 */
public final class MentionFinder {
  private final PlaceGazetteer places;
  private final ActorCatalog actors;
  private final PhraseLexicon<Slot> lexicon;
  private final NameTagger tagger;
  private final Set<String> cueWords;
  private final Set<String> prepositions;
  private final Set<String> actorVerbs;
  private final Set<String> waWords;
  private final Set<String> keepsReferent;
  private final Map<String, String> capitals;

  public MentionFinder(PlaceGazetteer places, ActorCatalog actors, DescriptorLexicon descriptors, NameTagger tagger) {
    this.places = places;
    this.actors = actors;
    this.lexicon = EntityLexicon.build(places, actors, descriptors).phrases();
    this.tagger = tagger;
    Map<String, Set<String>> words = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/context-words.tsv", 2)) {
      words.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[0]);
    }
    this.cueWords = withProclitics(words.get("place_word"), "", "و", "ف", "ب", "وب", "ل", "ول", "ك");
    this.prepositions = withProclitics(words.get("preposition"), "", "و", "ف");
    this.actorVerbs = withProclitics(words.get("actor_verb"), "", "و", "ف");
    this.waWords = withProclitics(words.get("wa_name"), "");
    Set<String> keeps = new HashSet<>();
    for (String w : words.get("keeps_referent")) keeps.add(Tokenizer.tokenize(w).key(0));
    this.keepsReferent = Set.copyOf(keeps);
    Map<String, String> caps = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/capital-actors.tsv", 2)) caps.put(r[0], r[1]);
    this.capitals = Map.copyOf(caps);
  }

  public static MentionFinder load() {
    return new MentionFinder(PlaceGazetteer.load(), ActorCatalog.load(), DescriptorLexicon.load(), NameTagger.load());
  }

  /** The gazetteer, for coordinates of place ids. */
  public PlaceGazetteer places() {
    return places;
  }

  /** The actor catalogue, for labels, kinds and sides of entity ids. */
  public ActorCatalog actors() {
    return actors;
  }

  /** The place with this id (place or country), with coordinates; {@code null} when the id is not a place. */
  public GeoPlace place(String entityId) {
    return places.place(entityId);
  }

  /** A claim's location from a LOC mention: text, entity and coordinates (null when unknown). */
  public Place place(Mention m) {
    GeoPlace g = places.place(m.entity());
    return new Place(m.text(), m.entity(), g == null ? null : g.lat(), g == null ? null : g.lon());
  }

  /** A candidate span found by the lexicon or the tagger, before the article-level decisions. */
  private static final class Span {
    final int first;
    final int endToken;
    final int start;
    final int end;
    final Name name;
    MentionType type;
    String entity;
    boolean drop;
    boolean tagged;
    boolean tentative;

    Span(int first, int endToken, int start, int end, Name name, MentionType type, String entity) {
      this.first = first;
      this.endToken = endToken;
      this.start = start;
      this.end = end;
      this.name = name;
      this.type = type;
      this.entity = entity;
    }
  }

  /** Mentions in text order, non-overlapping. */
  public List<Mention> find(Doc doc) {
    return find(doc, tagger.tag(doc));
  }

  /**
   * Mentions in text order, non-overlapping, combining the catalogue matches with the given tagger spans
   * (token order, non-overlapping) instead of this finder's own tagger: for evaluating or testing a model.
   */
  public List<Mention> find(Doc doc, List<NameSpan> tagged) {
    Tokens t = doc.tokens();
    String text = doc.text();
    int n = t.size();
    List<Span> spans = new ArrayList<>(Math.max(8, n / 20));
    boolean syria = false;
    for (int i = 0; i < n; i++) {
      byte k = t.kind(i);
      if (k != Tokens.WORD && k != Tokens.LATIN) continue;
      Match<Slot> m = lexicon.match(t, i);
      while (m != null) {
        Name name = m.value().pick(hasArticle(t, m));
        int verdict = name == null || !articlesAgree(t, m, name) ? REJECT : accept(t, m, name, spans);
        if (verdict != REJECT) {
          int start = m.start() - name.lead() >= t.start(i) ? m.start() - name.lead() : m.start();
          Span span = new Span(i, m.endToken(), start, m.end(), name, name.type(), name.entity());
          span.tentative = verdict == TENTATIVE;
          spans.add(span);
          syria |= name.syrian() && !span.tentative;
          i = m.endToken() - 1;
          break;
        }
        if (m.endToken() - 1 <= i) break;
        m = lexicon.match(t, i, m.endToken() - 1);
      }
    }
    if (!tagged.isEmpty()) spans = merge(t, spans, tagged);
    resolve(spans, syria);
    capitalsAsActors(t, spans);

    List<Mention> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      if (s.drop) continue;
      String label = s.entity == null ? null : label(s.entity);
      out.add(new Mention(s.start, s.end, text.substring(s.start, s.end), s.type, s.entity, label));
    }
    return out;
  }

  private String label(String id) {
    String l = actors.label(id);
    if (l != null) return l;
    GeoPlace g = places.place(id);
    return g == null ? null : g.label();
  }

  /** Whether the matched text has the article on its first word ("الباب", "بالباب", "للمعارضة"). */
  private static boolean hasArticle(Tokens t, Match<?> m) {
    int s = m.start();
    int e = t.end(m.firstToken());
    if (Clitics.afterArticle(t.text(), s, e) != s) return true;
    return s - t.start(m.firstToken()) >= 2 && t.text().charAt(s - 1) == 'ل' && t.text().charAt(s - 2) == 'ل';
  }

  /** Words after the first have the article where the phrase has it ("روسيا اليوم" is not "روسيا يوم"). */
  private static boolean articlesAgree(Tokens t, Match<?> m, Name name) {
    long mask = name.articles() & 1L;
    for (int j = m.firstToken() + 1; j < m.endToken() && j - m.firstToken() < 63; j++) {
      int s = t.stemStart(j);
      if (t.kind(j) == Tokens.WORD && Clitics.afterArticle(t.text(), s, t.end(j)) != s) mask |= 1L << (j - m.firstToken());
    }
    return mask == name.articles();
  }

  private static final int REJECT = 0;
  private static final int ACCEPT = 1;
  /** Kept only if the article turns out to be about Syria. */
  private static final int TENTATIVE = 2;

  private int accept(Tokens t, Match<Slot> m, Name name, List<Span> spans) {
    if (name.noAdjective() && followedByDefinite(t, m.endToken())) return REJECT;
    if (m.start() > t.stemStart(m.firstToken()) && name.lead() == 0) {
      // an uncertain proclitic was stripped ("بحلب", "وإدلب"): ف and ك rarely precede a name, and
      // stripping them mostly breaks words ("فاطمة" is not ف + "أطمة")
      for (int c = t.start(m.firstToken()); c < m.start(); c++) {
        char ch = t.text().charAt(c);
        if (ch == 'ف' || ch == 'ك') return REJECT;
      }
    }
    if (name.role() == Role.PLACE) {
      // "دوماً" (always), "روسياً": an accusative with tanween is an adverb or adjective, not a place
      String text = t.text();
      int e = m.end();
      if (text.charAt(e - 1) == '\u064B' || (e - 2 >= m.start() && text.charAt(e - 2) == '\u064B')) return REJECT;
      if (name.context() == EntityLexicon.CUE) {
        return afterCue(t, m, false) || nextToPlace(t, m, spans) ? ACCEPT : REJECT;
      }
      if (name.context() == EntityLexicon.PREP) {
        return afterCue(t, m, true) || nextToPlace(t, m, spans) ? ACCEPT : TENTATIVE;
      }
    }
    return ACCEPT;
  }

  /**
   * The next token is a definite word written without a proclitic: an adjective or a genitive that makes
   * it someone else ("النظام الدولي", "الثوار الجزائريين"); relative pronouns and adjectives that keep the
   * referent ("الإرهابيين الذين", "المسلحين المتحصنين") do not count.
   */
  private boolean followedByDefinite(Tokens t, int next) {
    if (next >= t.size() || t.kind(next) != Tokens.WORD) return false;
    int s = t.start(next);
    return t.stemStart(next) == s && Clitics.afterArticle(t.text(), s, t.end(next)) != s
        && !keepsReferent.contains(t.key(next));
  }

  /** A place word before the name ("مدينة الباب"); with {@code prep}, also a preposition ("في دوما") or a ب/ل on the name itself ("بدوما"). */
  private boolean afterCue(Tokens t, Match<Slot> m, boolean prep) {
    int i = m.firstToken();
    if (prep && m.start() > t.start(i)) {
      char c = t.text().charAt(m.start() - 1);
      if (c == 'ب' || c == 'ل') return true;
    }
    if (i == 0 || t.kind(i - 1) != Tokens.WORD) return false;
    String prev = t.norm(i - 1);
    return cueWords.contains(prev) || (prep && prepositions.contains(prev));
  }

  /** Joined to a neighbouring place by "و" or a comma: "جرابلس والباب", "الباب، منبج", "الباب ومنبج". */
  private boolean nextToPlace(Tokens t, Match<Slot> m, List<Span> spans) {
    int first = m.firstToken();
    if (!spans.isEmpty()) {
      Span p = spans.get(spans.size() - 1);
      if (p.type == MentionType.LOC && ((p.endToken == first && m.start() > t.start(first)
          && t.text().charAt(t.start(first)) == 'و') || (p.endToken == first - 1 && isJoiner(t, first - 1)))) {
        return true;
      }
    }
    int next = m.endToken();
    boolean joined = false;
    if (next < t.size() && isJoiner(t, next)) {
      next++;
      joined = true;
    }
    if (next >= t.size() || t.kind(next) != Tokens.WORD) return false;
    Match<Slot> after = lexicon.match(t, next);
    if (after == null) return false;
    joined |= after.start() > t.start(next) && t.text().charAt(t.start(next)) == 'و';
    Name a = after.value().pick(hasArticle(t, after));
    return joined && a != null && a.role() == Role.PLACE && a.context() == EntityLexicon.ANY;
  }

  private static boolean isJoiner(Tokens t, int i) {
    return t.is(i, '،') || t.is(i, ',') || t.is(i, 'و');
  }

  /** Tagger spans that overlap no catalogue match are added; a PER span ending in a matched family name takes its place. */
  private List<Span> merge(Tokens t, List<Span> found, List<NameSpan> tagged) {
    List<Span> out = new ArrayList<>(found.size() + tagged.size());
    int f = 0;
    for (NameSpan ns : tagged) {
      int a = ns.firstToken();
      int b = ns.endToken();
      while (f < found.size() && found.get(f).endToken <= a) out.add(found.get(f++));
      int g = f;
      while (g < found.size() && found.get(g).first < b) g++;
      if (g == f) {
        out.add(tagSpan(t, ns));
      } else if (g == f + 1 && ns.type() == MentionType.PER && found.get(f).endToken == b && found.get(f).first > a
          && found.get(f).type == MentionType.PER) {
        Span fam = found.get(f++);
        Span s = new Span(a, b, start(t, a), t.end(b - 1), fam.name, MentionType.PER, fam.entity);
        s.tagged = true;
        out.add(s);
      }
    }
    while (f < found.size()) out.add(found.get(f++));
    return out;
  }

  private Span tagSpan(Tokens t, NameSpan ns) {
    int a = ns.firstToken();
    int b = ns.endToken();
    Match<Slot> m = lexicon.match(t, a, b);
    if (m != null && m.endToken() == b) {
      Name name = m.value().pick(hasArticle(t, m));
      if (name != null && name.role() != Role.DESC) {
        return new Span(a, b, m.start(), m.end(), name, name.type(), name.entity());
      }
    }
    if (ns.type() == MentionType.PER && b - a >= 2) {
      Match<Slot> fam = lexicon.match(t, b - 1, b);
      if (fam != null) {
        Name name = fam.value().pick(hasArticle(t, fam));
        if (name != null && name.role() == Role.FAMILY) {
          Span s = new Span(a, b, start(t, a), t.end(b - 1), name, MentionType.PER, name.entity());
          s.tagged = true;
          return s;
        }
      }
    }
    return new Span(a, b, start(t, a), t.end(b - 1), null, ns.type(), null);
  }

  /**
   * Where a model's name begins in its first token: after certain proclitics, and after a conjunction و
   * unless the word itself begins with و ("وليد", "واشنطن"; context-words.tsv role wa_name).
   */
  private int start(Tokens t, int i) {
    int s = t.stemStart(i);
    if (s == t.start(i) && t.kind(i) == Tokens.WORD && t.text().charAt(s) == 'و' && t.end(i) - s >= 4) {
      String word = t.norm(i);
      for (String w : waWords) if (word.startsWith(w)) return s;
      return s + 1;
    }
    return s;
  }

  /** Article-level decisions: family names, titles, Syria-only descriptors. */
  private void resolve(List<Span> spans, boolean syria) {
    int[] fullAt = null;
    String[] fullId = null;
    int fulls = 0;
    for (Span s : spans) {
      if (s.name != null && (s.name.role() == Role.PERSON || s.name.role() == Role.TITLE)) {
        if (fullAt == null) {
          fullAt = new int[8];
          fullId = new String[8];
        } else if (fulls == fullAt.length) {
          fullAt = Arrays.copyOf(fullAt, fulls * 2);
          fullId = Arrays.copyOf(fullId, fulls * 2);
        }
        fullAt[fulls] = s.start;
        fullId[fulls++] = s.entity;
      }
    }
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      Name name = s.name;
      if (name == null) continue;
      if (s.tentative && !syria) {
        s.drop = true;
        continue;
      }
      switch (name.role()) {
        case FAMILY: {
          String who = nearest(name.candidates(), s.start, fullAt, fullId, fulls);
          if (who != null) s.entity = who;
          else if (name.entity() == null && !s.tagged) s.drop = true; // "المعلم" alone: a word, not the minister
          break;
        }
        case PLACE:
          if (name.candidates() != null) s.entity = placeInContext(name.candidates(), spans);
          break;
        case TITLE:
          if (k + 1 < spans.size()) {
            Span next = spans.get(k + 1);
            if (next.first == s.endToken && next.type == MentionType.PER) s.drop = true;
          }
          break;
        case DESC:
          if (name.syriaOnly() && !syria) s.entity = null;
          break;
        default:
          break;
      }
    }
  }

  /** Of places sharing a name, the first in a country the article names otherwise ("البيضاء" in Yemen or Libya). */
  private String placeInContext(String[] candidates, List<Span> spans) {
    for (String c : candidates) {
      GeoPlace g = places.place(c);
      if (g == null) continue;
      for (Span o : spans) {
        if (o.drop || o.type != MentionType.LOC || o.entity == null || o.name == null) continue;
        if (o.name.candidates() != null) continue;
        GeoPlace p = places.place(o.entity);
        if (p != null && g.country().equals(p.country())) return c;
      }
    }
    return candidates[0];
  }

  /** The candidate person last named in full before {@code at}, else the first named after it. */
  private static String nearest(String[] candidates, int at, int[] fullAt, String[] fullId, int fulls) {
    if (candidates == null || fulls == 0) return null;
    String before = null;
    String after = null;
    for (int i = 0; i < fulls; i++) {
      String id = fullId[i];
      boolean isCandidate = false;
      for (String c : candidates) if (c.equals(id)) { isCandidate = true; break; }
      if (!isCandidate) continue;
      if (fullAt[i] <= at) before = id;
      else if (after == null) after = id;
    }
    return before != null ? before : after;
  }

  /** The matching forms of {@code words}, each also with the given proclitics in front. */
  private static Set<String> withProclitics(Set<String> words, String... proclitics) {
    Set<String> out = new HashSet<>();
    for (String w : words) for (String p : proclitics) out.add(ArabicNormalizer.normalize(p + w));
    return Set.copyOf(out);
  }

  /**
   * A capital that acts or speaks stands for its government: "رفضت دمشق", "موسكو تتهم", "بين أنقرة
   * وواشنطن". Its mention then links to the actor (still type LOC, as the name is written).
   */
  private void capitalsAsActors(Tokens t, List<Span> spans) {
    boolean previousActs = false;
    Span previous = null;
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      if (s.drop) continue;
      String actor = s.type == MentionType.LOC && s.entity != null ? capitals.get(s.entity) : null;
      if (actor == null) {
        previousActs = false;
        previous = s;
        continue;
      }
      boolean acts = (s.first > 0 && t.kind(s.first - 1) == Tokens.WORD && actorVerbs.contains(t.norm(s.first - 1)))
          || (s.endToken < t.size() && t.kind(s.endToken) == Tokens.WORD && actorVerbs.contains(t.norm(s.endToken)))
          || (previousActs && previous.endToken == s.first && joinedByWa(t, s));
      if (!acts && k + 1 < spans.size()) {
        Span n = spans.get(k + 1);
        acts = n.first == s.endToken && n.entity != null && capitals.containsKey(n.entity) && joinedByWa(t, n);
      }
      if (acts) s.entity = actor;
      previousActs = acts;
      previous = s;
    }
  }

  /** The span's word carries the conjunction و ("وموسكو"). */
  private static boolean joinedByWa(Tokens t, Span s) {
    return s.start > t.start(s.first) && t.text().charAt(t.start(s.first)) == 'و';
  }

}
