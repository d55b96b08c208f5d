package org.isnad.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.MentionType;
import org.isnad.text.Clitics;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * Every name and descriptor of the catalogues in one {@link PhraseLexicon}: places, countries, actors,
 * persons (full names, titles, family names) and descriptors, each mapped to what it names.
 *
 * <p>Lexicon keys drop the article, so "الباب" (the town) and "باب" (door), or "المسلحين" and "مسلحين
 * مجهولين", share a key; a {@link Slot} therefore holds one name for phrases written with the article on
 * their first word and one for phrases without it, and the finder picks by what the text has. When two
 * entries share a phrase, the higher kind wins: descriptors, then persons, then actors, then family
 * names, then places (curated, then by region and population).
 */
public final class EntityLexicon {
  /** What a lexicon phrase is. */
  public enum Role { PLACE, ACTOR, PERSON, TITLE, FAMILY, DESC }

  /**
   * What a phrase names. {@code entity} is null for a family name no person owns alone (resolved per
   * article among {@code candidates}); a place name shared by places in several countries lists them all
   * in {@code candidates}, best first, for the article's other places to choose from; {@code syrian} marks a name whose presence shows an article is about
   * Syria; {@code syriaOnly} a descriptor that links only in such articles.
   */
  public record Name(Role role, MentionType type, String entity, byte context, boolean syriaOnly,
                     boolean noAdjective, boolean syrian, String[] candidates, long articles, int lead) {
    Name(Role role, MentionType type, String entity, byte context, boolean syriaOnly, boolean noAdjective,
         boolean syrian, String[] candidates) {
      this(role, type, entity, context, syriaOnly, noAdjective, syrian, candidates, 0L, 0);
    }

    Name with(long articles, int lead) {
      return new Name(role, type, entity, context, syriaOnly, noAdjective, syrian, candidates, articles, lead);
    }

    Name withCandidates(String[] c) {
      return new Name(role, type, entity, context, syriaOnly, noAdjective, syrian, c, articles, lead);
    }
  }

  /** Context a name needs: none, a place word before it, or a place word or a preposition before it. */
  public static final byte ANY = 0;
  public static final byte CUE = 1;
  public static final byte PREP = 2;

  /** The names of one key sequence: for phrases written without and with the article on the first word. */
  public record Slot(Name bare, Name definite) {
    public Name pick(boolean hasArticle) {
      return hasArticle ? definite : bare;
    }
  }

  private static final long FAMILY = 6_000_000_000_000L;
  private static final long ACTOR = 7_000_000_000_000L;
  private static final long PERSON = 8_000_000_000_000L;
  private static final long DESC = 9_000_000_000_000L;

  private final PhraseLexicon<Slot> lexicon;

  private EntityLexicon(PhraseLexicon<Slot> lexicon) {
    this.lexicon = lexicon;
  }

  public PhraseLexicon<Slot> phrases() {
    return lexicon;
  }

  private static final class Builder {
    final Map<String, Name> names = new HashMap<>(32_768);
    final Map<String, Long> ranks = new HashMap<>(32_768);
    final Map<String, String> phrases = new HashMap<>(32_768);
    final Map<String, Set<String>> familyPersons = new HashMap<>();
    final Map<String, String> familyDefault = new HashMap<>();
    final Map<String, List<long[]>> placeRanks = new HashMap<>();
    final Map<String, List<String>> placeIds = new HashMap<>();

    void putPlace(String phrase, Name name, long rank) {
      String k = key(phrase, new long[2]);
      if (k == null) return;
      List<String> ids = placeIds.computeIfAbsent(k, x -> new ArrayList<>(2));
      List<long[]> rs = placeRanks.computeIfAbsent(k, x -> new ArrayList<>(2));
      int at = ids.indexOf(name.entity());
      if (at < 0) {
        ids.add(name.entity());
        rs.add(new long[] {rank});
      } else if (rs.get(at)[0] < rank) {
        rs.get(at)[0] = rank;
      }
      put(phrase, name, rank);
    }

    void attachPlaceCandidates() {
      for (Map.Entry<String, List<String>> e : placeIds.entrySet()) {
        List<String> ids = e.getValue();
        Name n = names.get(e.getKey());
        if (ids.size() < 2 || n == null || n.role() != Role.PLACE) continue;
        List<long[]> rs = placeRanks.get(e.getKey());
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Long.compare(rs.get(y)[0], rs.get(x)[0]));
        String[] c = new String[order.length];
        for (int i = 0; i < order.length; i++) c[i] = ids.get(order[i]);
        names.put(e.getKey(), n.withCandidates(c));
      }
    }

    /**
     * Key: article flag of the first word, then the tokens' lookup keys; null for an empty phrase.
     * {@code shape[0]} gets the article mask (bit i: token i has the article), {@code shape[1]} the letters
     * the tokenizer took for proclitics at the start although they belong to the name ("باليرمو").
     */
    static String key(String phrase, long[] shape) {
      Tokens t = Tokenizer.tokenize(phrase);
      if (t.size() == 0) return null;
      long mask = 0;
      for (int i = 0; i < t.size() && i < 63; i++) {
        int s = t.stemStart(i);
        if (t.kind(i) == Tokens.WORD && Clitics.afterArticle(phrase, s, t.end(i)) != s) mask |= 1L << i;
      }
      shape[0] = mask;
      shape[1] = t.stemStart(0) - t.start(0);
      StringBuilder sb = new StringBuilder((mask & 1) != 0 ? "1" : "0");
      for (int i = 0; i < t.size(); i++) sb.append(' ').append(t.key(i));
      return sb.toString();
    }

    void put(String phrase, Name name, long rank) {
      long[] shape = new long[2];
      String k = key(phrase, shape);
      if (k == null) return;
      Long old = ranks.get(k);
      if (old != null && old >= rank) return;
      ranks.put(k, rank);
      names.put(k, name.with(shape[0], (int) shape[1]));
      phrases.put(k, phrase);
    }

    PhraseLexicon<Slot> build() {
      Map<String, Name[]> byKeys = new HashMap<>(names.size() * 2);
      Map<String, String> phraseOf = new HashMap<>(names.size() * 2);
      for (Map.Entry<String, Name> e : names.entrySet()) {
        String k = e.getKey();
        String tokens = k.substring(1);
        Name[] pair = byKeys.computeIfAbsent(tokens, x -> new Name[2]);
        pair[k.charAt(0) == '1' ? 1 : 0] = e.getValue();
        phraseOf.putIfAbsent(tokens, phrases.get(k));
      }
      PhraseLexicon<Slot> lex = new PhraseLexicon<>();
      for (Map.Entry<String, Name[]> e : byKeys.entrySet()) {
        lex.add(phraseOf.get(e.getKey()), new Slot(e.getValue()[0], e.getValue()[1]));
      }
      return lex;
    }
  }

  public static EntityLexicon build(PlaceGazetteer places, ActorCatalog actors, DescriptorLexicon descriptors) {
    Builder b = new Builder();
    for (PlaceGazetteer.PlaceName p : places.names()) {
      GeoPlace g = places.place(p.id());
      boolean syrian = g != null && "SY".equals(g.country());
      b.putPlace(p.name(), new Name(Role.PLACE, MentionType.LOC, p.id(), p.context(), false, false, syrian, null), p.rank());
    }
    b.attachPlaceCandidates();
    // family names: several persons may share one; the first with alone=yes owns it outright
    Map<String, String> familyPhrase = new HashMap<>();
    for (ActorCatalog.PersonNames p : actors.persons()) {
      for (String f : p.family()) {
        String k = Builder.key(f, new long[2]);
        if (k == null) continue;
        familyPhrase.putIfAbsent(k, f);
        b.familyPersons.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(p.id());
        if (p.alone()) b.familyDefault.putIfAbsent(k, p.id());
      }
    }
    for (Map.Entry<String, Set<String>> e : b.familyPersons.entrySet()) {
      String owner = b.familyDefault.get(e.getKey());
      String[] cands = e.getValue().toArray(new String[0]);
      b.put(familyPhrase.get(e.getKey()), new Name(Role.FAMILY, MentionType.PER, owner, ANY, false, false,
          owner != null && actors.isSyrian(owner), cands), FAMILY);
    }
    for (Map.Entry<String, List<String>> e : actors.aliases().entrySet()) {
      Actor a = actors.actor(e.getKey());
      Name n = new Name(Role.ACTOR, a.type(), a.id(), ANY, false, false, actors.isSyrian(a.id()), null);
      for (String alias : e.getValue()) b.put(alias, n, ACTOR);
    }
    for (ActorCatalog.PersonNames p : actors.persons()) {
      boolean syrian = actors.isSyrian(p.id());
      Name full = new Name(Role.PERSON, MentionType.PER, p.id(), ANY, false, false, syrian, null);
      for (String f : p.full()) b.put(f, full, PERSON);
      Name title = new Name(Role.TITLE, MentionType.PER, p.id(), ANY, false, false, syrian, null);
      for (String t : p.titles()) b.put(t, title, PERSON);
    }
    for (Descriptor d : descriptors.all()) {
      boolean syrian = !d.syriaOnly() && actors.isSyrian(d.entity());
      b.put(d.phrase(), new Name(Role.DESC, MentionType.DESC, d.entity(), ANY, d.syriaOnly(), d.noAdjective(),
          syrian, null), DESC);
    }
    return new EntityLexicon(b.build());
  }

  /** Every id the lexicon can link to (for checks that the resources are consistent). */
  public static List<String> unknownIds(PlaceGazetteer places, ActorCatalog actors, DescriptorLexicon descriptors) {
    List<String> out = new ArrayList<>();
    for (Descriptor d : descriptors.all()) if (actors.actor(d.entity()) == null) out.add(d.entity());
    for (ActorCatalog.PersonNames p : actors.persons()) {
      String parent = actors.actor(p.id()).parent();
      if (!parent.isEmpty() && actors.actor(parent) == null) out.add(parent);
    }
    for (String id : actors.aliases().keySet()) {
      String parent = actors.actor(id).parent();
      if (!parent.isEmpty() && actors.actor(parent) == null) out.add(parent);
    }
    return out;
  }
}
