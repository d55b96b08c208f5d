package org.isnad.extract.claim;

import java.util.function.IntPredicate;
import org.isnad.text.Tokens;

/**
 * Actor and target of an event trigger from Arabic clause structure, as noun-phrase spans.
 *
 * <ul>
 *   <li>Verb first (VSO): "قتلت قوات الأمن ستة متشددين" → actor after the verb, target after the actor.</li>
 *   <li>Subject first (after إن/أن or at the clause start): "أن مسلحين مجهولين اغتالوا العميد …".</li>
 *   <li>Passives and experiencers (أصيب، استشهد، تعرض لـ; قُتل with a single noun phrase after it):
 *       the subject is the target; "على يد"، "من قبل"، "بيد" name the actor.</li>
 *   <li>Event nouns: the genitive of "مقتل"، "اغتيال" is the target; "هجوم على/ضد X" names the target;
 *       "قام X بـ"، "شنت X غارة" name the actor.</li>
 * </ul>
 */
public final class RoleFinder {
  /** Actor and target spans; either may be null. */
  public record Roles(Span actor, Span target) {}

  private final PhraseChunker chunker;
  private final ClauseWords words;

  PhraseChunker chunker() {
    return chunker;
  }

  public RoleFinder(PhraseChunker chunker, ClauseWords words) {
    this.chunker = chunker;
    this.words = words;
  }

  private static boolean isAux(String w) {
    return w.equals("قد") || w.equals("لقد") || w.equals("كان") || w.equals("كانت") || w.equals("كانوا")
        || w.equals("وكان") || w.equals("وكانت") || w.equals("وقد") || w.equals("فقد") || w.equals("قام") || w.equals("قامت")
        || w.equals("قاموا");
  }

  private static boolean isAdverb(String w) {
    return w.equals("ليلا") || w.equals("صباحا") || w.equals("مساء") || w.equals("فجرا") || w.equals("ظهرا")
        || w.equals("ايضا") || w.equals("بالفعل") || w.equals("مجددا") || w.equals("امس") || w.equals("اليوم");
  }

  private Span np(Tokens t, int i, int limit, IntPredicate stop) {
    int e = chunker.end(t, i, limit, stop);
    return e > i ? new Span(i, e) : null;
  }

  private int skipFillers(Tokens t, int j, int limit, IntPredicate time) {
    while (j < limit && (time.test(j) || (t.kind(j) == Tokens.WORD && isAdverb(t.norm(j))))) j++;
    return j;
  }

  /** "على يد X", "على أيدي X", "من قبل X", "بيد X" after the trigger within the clause. */
  private Span agent(Tokens t, int from, int limit, IntPredicate stop) {
    for (int j = from; j + 1 < limit; j++) {
      if (t.kind(j) != Tokens.WORD) continue;
      String w = t.norm(j);
      String next = t.norm(j + 1);
      if ((w.equals("على") || w.equals("علي")) && (next.equals("يد") || next.equals("ايدي"))) return np(t, j + 2, limit, stop);
      if (w.equals("من") && next.equals("قبل")) return np(t, j + 2, limit, stop);
      // "هجوما من جانب الجيش": only right after the act ("من جانبه" elsewhere is "for its part")
      if (w.equals("من") && next.equals("جانب") && j <= from + 2) return np(t, j + 2, limit, stop);
      if ((w.equals("بيد") || w.equals("بايدي")) && j + 1 < limit) return np(t, j + 1, limit, stop);
      // "هجوم شنه مسلحون", "تفجير نفذته جماعة"
      String v = w.startsWith("و") ? w.substring(1) : w;
      if (v.startsWith("شن") && (v.endsWith("ه") || v.endsWith("ها")) && v.length() <= 5
          || v.startsWith("نفذ") && (v.endsWith("ه") || v.endsWith("ها")) && v.length() <= 6) {
        return np(t, j + 1, limit, stop);
      }
    }
    return null;
  }

  /** "على X" / "ضد X" / "استهدف X" right after the trigger's phrase (skipping adjectives of a noun). */
  private Span objectPhrase(Tokens t, int from, int limit, IntPredicate stop) {
    for (int j = from; j < Math.min(limit, from + 5); j++) {
      if (t.kind(j) != Tokens.WORD) continue;
      String w = t.norm(j);
      if (w.equals("على") || w.equals("ضد") || w.equals("علي") || w.equals("استهدف") || w.equals("استهدفت")) {
        return np(t, j + 1, limit, stop);
      }
      if (words.kind(t, j) != null) return null;
    }
    return null;
  }

  /** The noun phrase that ends right before the trigger (skipping auxiliaries), starting after إن/أن or the clause start. */
  private Span preverbal(Tokens t, int clauseStart, int trigger, IntPredicate stop) {
    int end = trigger;
    while (end > clauseStart && t.kind(end - 1) == Tokens.WORD && isAux(t.norm(end - 1))) end--;
    if (end > clauseStart && t.kind(end - 1) == Tokens.PUNCT && t.is(end - 1, '«')) return null;
    // a closing quote before the verb ends a quoted name in the subject ("مقاتلي "فيلق الرحمن" يغادرون")
    while (end > clauseStart + 1 && t.kind(end - 1) == Tokens.PUNCT && (t.is(end - 1, '"') || t.is(end - 1, '»'))) end--;
    int start = clauseStart;
    for (int j = end - 1; j >= clauseStart && j >= end - 9; j--) {
      if (words.is(t, j, "COMP") || t.is(j, '«') || t.is(j, ':')) {
        start = j + 1;
        break;
      }
      if (j == end - 9) return null;
    }
    // "وكان الجيش قد قصف": the auxiliary before the subject
    while (start < end && t.kind(start) == Tokens.WORD && (isAux(t.norm(start)) || words.is(t, start, "CONJ"))) start++;
    if (start >= end) return null;
    Span s = np(t, start, end, stop);
    if (s == null) return null;
    if (s.end() == end) return s;
    // "الدفعة الأولى من مقاتلي المعارضة وأسرهم غادرت": an origin "من" phrase and conjuncts join the subject
    int k = s.end();
    while (k < end && t.kind(k) == Tokens.WORD && !stop.test(k)) {
      String w = t.norm(k);
      Span more = w.equals("من") ? np(t, k + 1, end, stop)
          : w.length() > 2 && w.charAt(0) == 'و' && words.kind(t, k) == null ? np(t, k, end, stop) : null;
      if (more == null) break;
      k = more.end();
    }
    if (k == end) return new Span(s.first(), end);
    // a name after a title ("وزير الخارجية الروسي سيرغي لافروف قد أجرى"): plain words up to the verb join it
    if (end - s.end() > 3) return null;
    for (int j = s.end(); j < end; j++) {
      if (t.kind(j) != Tokens.WORD || stop.test(j) || words.kind(t, j) != null) return null;
    }
    return new Span(s.first(), end);
  }

  public Roles find(Tokens t, EventMention m, IntPredicate stop, IntPredicate time) {
    return find(t, m, stop, time, m.clauseEnd());
  }

  /** Roles, with agent phrases ("نفذته امرأة", "على يد مسلحين") looked for up to {@code sentenceEnd}. */
  public Roles find(Tokens t, EventMention m, IntPredicate stop, IntPredicate time, int sentenceEnd) {
    Roles r = read(t, m, stop, time, sentenceEnd);
    if (r.actor() != null && PhraseChunker.prepositional(t, r.actor().first())) return new Roles(null, r.target());
    return r;
  }

  private Roles read(Tokens t, EventMention m, IntPredicate stop, IntPredicate time, int sentenceEnd) {
    EventLexicon.Trigger tr = m.trigger();
    int cs = m.clauseStart();
    int ce = m.clauseEnd();
    String roles = tr.entry().roles();
    Span agent = agent(t, tr.endToken(), Math.max(ce, sentenceEnd), stop);
    switch (tr.kind()) {
      case V, I -> {
        Span pre = preverbal(t, cs, tr.firstToken(), stop);
        // "الجيش السوري الذي يحاصر المدينة": the subject of a relative clause is its antecedent
        Span ante = antecedent(t, cs, tr.firstToken(), stop);
        if (ante != null) pre = ante;
        int j = skipFillers(t, tr.endToken(), ce, time);
        Span np1 = np(t, j, ce, stop);
        Span np2 = null;
        if (np1 != null) {
          int j2 = skipFillers(t, np1.end(), ce, time);
          if (j2 < ce && !words.is(t, j2, "PREP")) np2 = np(t, j2, ce, stop);
        }
        if (np1 != null && roles.equals("IN") && imperfectVerb(t, np1.first())) np1 = null; // "اتفاق يخير مقاتليها"
        Span obj = objectPhrase(t, tr.endToken(), ce, stop);
        if (!TARGETED.contains(tr.type())) obj = null;
        if (obj == null && PARTNERED.contains(tr.type())) obj = partner(t, tr.endToken(), ce, stop);
        // a verb that agrees in number with its subject ("غادروا", "غادرتا", "يغادرون") comes after it: what
        // follows is the object, never the subject (a verb before its subject stays singular)
        if (pre == null && np1 != null && pluralAgreement(t, tr)) {
          if (roles.equals("IN")) return new Roles(agent, null);
          return new Roles(agent, np1);
        }
        // after a verb the subject is nominative: a head written with tanween fath ("تماماً", "مسلحاً") is an
        // adverb or the object
        if (pre == null && np1 != null && accusative(t, np1.first())) {
          return new Roles(agent, roles.equals("IN") ? null : np1);
        }
        // "ليقتل خمسة": a purpose clause shares the main clause's subject; what follows is the object
        if (tr.kind() == EventLexicon.Kind.I && tr.nominalPrefix() && !roles.equals("IN")) return new Roles(agent, first(np1, obj));
        // "الانتحاري الذي قتل بالرصاص": with nothing but a prepositional phrase after it, an active-or-passive
        // verb in a relative clause is passive, its antecedent the target
        // "الأمر الذي نفته دمشق": a pronoun on the verb takes the antecedent's place as its object
        if (ante != null && resumptive(t, tr) && !roles.equals("IN")) return new Roles(np1, ante);
        if (ante != null && roles.equals("AMB") && (np1 == null || PhraseChunker.prepositional(t, np1.first()))) {
          return new Roles(agent, ante);
        }
        return switch (roles) {
          case "AV" -> pre != null ? new Roles(pre, first(np1, obj))
              : new Roles(np1, first(np2, np1 == null ? obj : objectPhrase(t, np1.end(), ce, stop)));
          case "AMB" -> {
            if (pre != null) yield np1 != null ? new Roles(pre, np1) : new Roles(agent, pre);
            if (np1 != null && np2 != null) yield new Roles(np1, np2);
            yield new Roles(agent, np1);
          }
          case "PV" -> new Roles(agent, first(pre, np1));
          case "RT" -> new Roles(first(pre, agent), np1);
          case "IN" -> new Roles(first(pre, np1), obj);
          default -> new Roles(agent, null);
        };
      }
      case N -> {
        Span gen = np(t, tr.endToken(), ce, stop);
        // a noun with the article takes no genitive: a definite word after it is its adjective ("الاتفاق
        // القديم", "المفاوضات مستمرة"); an accusative word is an adverb ("إطلاق نار احتفالا"); a bare
        // imperfect verb starts a relative clause ("اتفاق يخير مقاتليها")
        if (gen != null && (tr.prefix().endsWith("ال") || tr.prefix().endsWith("لل") || accusative(t, gen.first())
            || imperfectVerb(t, gen.first()))) {
          gen = null;
        }
        Span actor = agent;
        Span target = null;
        if (roles.equals("NT")) {
          target = gen;
        } else if (roles.equals("NA")) {
          if (TARGETED.contains(tr.type())) {
            target = objectPhrase(t, gen != null ? gen.end() : tr.endToken(), ce, stop);
            if (target == null) target = objectPhrase(t, tr.endToken(), ce, stop);
          }
          if (target == null && PARTNERED.contains(tr.type())) target = partner(t, tr.endToken(), ce, stop);
          // the genitive of a deal or a talk is its content ("اتفاق إخلاء المدينة"), never a party
          if (actor == null && gen != null && !adjectival(t, gen) && !PARTNERED.contains(tr.type())) actor = gen;
        }
        if (actor == null) actor = supportSubject(t, cs, tr.firstToken(), stop);
        return new Roles(actor, target);
      }
      default -> {
        return new Roles(agent, null);
      }
    }
  }

  /** Types whose other party is named with "مع" ("اتفاق مع جيش الإسلام", "مفاوضات مع روسيا"). */
  private static final java.util.Set<String> PARTNERED = java.util.Set.of("AGREE", "CONSULT", "COOPERATE");

  /** "مع X" within a few words after {@code from}. */
  private Span partner(Tokens t, int from, int limit, IntPredicate stop) {
    for (int j = from; j < Math.min(limit, from + 6); j++) {
      if (t.kind(j) != Tokens.WORD) continue;
      if (t.norm(j).equals("مع")) return np(t, j + 1, limit, stop);
    }
    return null;
  }

  /**
   * Types whose "على X" / "ضد X" is the target; for the others it is the content or a place ("اتفاق على
   * انسحاب", "خروج حافلتين على متنهما").
   */
  private static final java.util.Set<String> TARGETED = java.util.Set.of("ASSAULT", "COERCE", "ACCUSE", "THREATEN",
      "SANCTION", "PROTEST", "REJECT", "REQUEST", "SUPPORT", "CONCEDE");

  /** A perfect verb with an object pronoun ("نفته", "شنها", "نفذوه"). */
  private static boolean resumptive(Tokens t, EventLexicon.Trigger tr) {
    if (tr.kind() != EventLexicon.Kind.V || tr.endToken() - tr.firstToken() != 1) return false;
    String w = WordForms.bare(t.norm(tr.firstToken()));
    String lemma = tr.entry().lemma();
    String stem = lemma.endsWith("ى") || lemma.endsWith("ي") || lemma.endsWith("ا") ? lemma.substring(0, lemma.length() - 1) : lemma;
    if (!w.startsWith(stem) || w.length() <= lemma.length()) return false;
    return w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم");
  }

  /** A verb form carrying a plural or dual subject suffix ("غادروا", "غادرتا", "يغادرون", "تغادران"). */
  private static boolean pluralAgreement(Tokens t, EventLexicon.Trigger tr) {
    if (tr.endToken() - tr.firstToken() != 1) return false;
    String w = WordForms.bare(t.norm(tr.firstToken()));
    String lemma = tr.entry().lemma();
    if (w.length() <= lemma.length()) return false;
    return tr.kind() == EventLexicon.Kind.V ? w.endsWith("وا") || w.endsWith("تا")
        : w.endsWith("ون") || w.endsWith("ان");
  }

  /**
   * The antecedent of a relative pronoun right before the trigger ("الجيش السوري الذي يحاصر"): the noun
   * phrase that ends at the pronoun, started after the nearest function word or punctuation.
   */
  private Span antecedent(Tokens t, int cs, int trigger, IntPredicate stop) {
    int rel = trigger - 1;
    while (rel > cs && t.kind(rel) == Tokens.WORD && isAux(t.norm(rel))) rel--;
    if (rel <= cs || !words.is(t, rel, "REL")) return null;
    String r = t.norm(rel);
    if (r.equals("ما") || r.equals("مما")) return null;
    int head = rel;
    // "مسلحي جيش الإسلام هم الذين طلبوا": a pronoun restates the antecedent before the relative
    if (head - 1 > cs && words.is(t, head - 1, "PRON")) head--;
    int start = head;
    while (start > cs && start > head - PhraseChunker.MAX_WORDS && t.kind(start - 1) == Tokens.WORD
        && !stop.test(start - 1) && words.kind(t, start - 1) == null) {
      start--;
    }
    // "من جانب الجيش السوري الذي": "من جانب" is one preposition ("by")
    if (start < head - 1 && start > cs && t.norm(start - 1).equals("من") && t.key(start).equals("جانب")) start++;
    for (int s = start; s < head; s++) {
      Span sp = np(t, s, head, stop);
      if (sp != null && sp.end() == head) return sp;
    }
    return null;
  }

  private static boolean imperfectVerb(Tokens t, int i) {
    String w = t.norm(i);
    return w.length() >= 4 && (w.charAt(0) == 'ي') && !w.startsWith("ال");
  }

  private static boolean accusative(Tokens t, int i) {
    String s = t.surface(i);
    return s.endsWith("اً") || s.endsWith("ًا");
  }

  /** An indefinite word right after an indefinite event noun is its adjective ("هجوم انتحاري"), not an actor. */
  private static boolean adjectival(Tokens t, Span s) {
    String w = t.norm(s.first());
    return w.endsWith("ي") || w.endsWith("ية") || w.endsWith("يا");
  }

  /** "قام X بـ…", "شنت X غارة", "نفذ X هجوما": the subject between the support verb and the event noun. */
  private Span supportSubject(Tokens t, int cs, int trigger, IntPredicate stop) {
    for (int j = trigger - 1; j >= cs && j >= trigger - 8; j--) {
      if (t.kind(j) != Tokens.WORD) continue;
      String w = WordForms.bare(t.norm(j));
      String v = w.startsWith("و") || w.startsWith("ف") ? w.substring(1) : w;
      if (v.startsWith("قام") || v.startsWith("شن") || v.startsWith("نفذ")) {
        Span s = np(t, j + 1, trigger, stop);
        return s;
      }
    }
    return null;
  }

  /**
   * The phrase around a participant noun ("مئات المتظاهرين الغاضبين", "عشرات الآلاف من المتظاهرين"): the
   * actors of a protest are usually named by the result noun itself rather than by a verb's subject.
   */
  public Span participants(Tokens t, EventMention r, IntPredicate stop) {
    int start = r.trigger().firstToken();
    int lo = Math.max(r.clauseStart(), start - 4);
    while (start > lo) {
      int p = start - 1;
      boolean quantity = t.kind(p) == Tokens.NUMBER || words.is(t, p, "QUANT")
          || (t.kind(p) == Tokens.WORD && t.norm(p).equals("من") && p > lo
              && (t.kind(p - 1) == Tokens.NUMBER || words.is(t, p - 1, "QUANT") || t.norm(p - 1).endsWith("الاف")));
      if (!quantity && !(t.kind(p) == Tokens.WORD && (t.norm(p).endsWith("الاف") || t.norm(p).equals("الاف")))) break;
      start = p;
    }
    int end = chunker.end(t, r.trigger().firstToken(), r.clauseEnd(), stop);
    return new Span(start, Math.max(end, r.trigger().endToken()));
  }

  /** What a protest is against: "ضد X", "احتجاجاً على X", "تندد بـX", "هتافات معادية لـX". */
  public Span protestTarget(Tokens t, int from, int to, IntPredicate stop) {
    for (int j = from; j + 1 < to; j++) {
      if (t.kind(j) != Tokens.WORD) continue;
      String w = t.norm(j);
      if (w.equals("ضد")) return np(t, j + 1, to, stop);
      if ((w.endsWith("احتجاجا") || w.endsWith("احتجاج")) && t.norm(j + 1).equals("علي")) return np(t, j + 2, to, stop);
      if (w.contains("تندد") || w.contains("منددين") || w.contains("ينددون") || w.contains("تنديد") || w.contains("معادية")
          || w.contains("مناهضة")) {
        return np(t, j + 1, to, stop);
      }
    }
    return null;
  }

  private static Span first(Span a, Span b) {
    return a != null ? a : b;
  }
}
