package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.LexiconFile;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Finds the event triggers of a sentence ({@link EventLexicon}) and reads what their context says about
 * them ({@code /lexicon/event-modifiers.tsv}): negation, future, condition, attempt, modality, a support
 * verb. Negation and the others look back from the trigger within its clause, over a short window, since
 * an Arabic negator or auxiliary sits right before what it governs ("لم تسفر عن", "سوف تقصف").
 *
 * <p>Clauses: a long newswire sentence strings several reports together; it is cut at commas,
 * semicolons, colons and clause conjunctions ("فيما", "بينما", "حيث").
 */
public final class EventDetector {
  private final EventLexicon lexicon;
  private final PhraseLexicon<String> modifiers = new PhraseLexicon<>();
  private final ClauseWords words;
  private final List<String> moveWords;
  private final java.util.Set<String> ongoing = new java.util.HashSet<>();

  public EventDetector(EventLexicon lexicon, ClauseWords words) {
    this.lexicon = lexicon;
    this.words = words;
    List<String> move = new ArrayList<>();
    for (String[] r : LexiconFile.rows("/lexicon/event-modifiers.tsv", 2)) {
      if (r[1].equals("MOVE")) move.add(WordForms.bare(WordForms.normalize(r[0])));
      else if (r[1].equals("ONGOING")) ongoing.add(WordForms.normalize(r[0]));
      else modifiers.add(r[0], r[1]);
    }
    this.moveWords = List.copyOf(move);
  }

  public static EventDetector load() {
    return new EventDetector(EventLexicon.load(), ClauseWords.load());
  }

  public EventLexicon lexicon() {
    return lexicon;
  }

  public ClauseWords words() {
    return words;
  }

  /** The modifier kind of a phrase starting at token {@code i} (NEG, FUT, HYP …), or {@code null}. */
  public PhraseLexicon.Match<String> modifier(Tokens t, int i, int limit) {
    return modifiers.match(t, i, limit);
  }

  /** True at a token that ends a clause before it (punctuation or a clause conjunction at {@code i}). */
  public boolean clauseBreak(Tokens t, int i) {
    if (t.kind(i) == Tokens.PUNCT) {
      char c = t.text().charAt(t.start(i));
      return c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '(' || c == ')' || c == '-' || c == '–';
    }
    if (t.kind(i) != Tokens.WORD) return false;
    String w = t.norm(i);
    return w.equals("فيما") || w.equals("بينما") || w.equals("حيث") || w.equals("عندما") || w.equals("بعدما")
        || w.equals("وفيما") || w.equals("وبينما") || w.equals("حين") || w.equals("وحيث");
  }

  /** Every trigger of the sentence, in text order, non-overlapping. */
  public List<EventMention> detect(Tokens t, Sentence s) {
    List<EventMention> out = new ArrayList<>();
    int clauseStart = s.firstToken();
    int n = s.endToken();
    // clause ends, computed lazily per clause
    for (int i = s.firstToken(); i < n; ) {
      if (clauseBreak(t, i)) clauseStart = i + 1;
      EventLexicon.Trigger tr = lexicon.match(t, i, n);
      if (tr == null || skip(t, tr, s.firstToken(), n)) {
        i++;
        continue;
      }
      // a bare verb form right after a verb is its object, a verbal noun ("استهدف طرد الشيعة")
      if (tr.kind() == EventLexicon.Kind.V && tr.prefix().isEmpty() && !out.isEmpty()) {
        EventLexicon.Trigger prev = out.get(out.size() - 1).trigger();
        if (prev.endToken() == i && (prev.kind() == EventLexicon.Kind.V || prev.kind() == EventLexicon.Kind.I)) {
          i = tr.endToken();
          continue;
        }
      }
      // "إجلاء الجرحى", "إخراج المصابين": a result noun in the genitive of another act's noun is who the act
      // concerns, not an event of its own
      if (tr.kind() == EventLexicon.Kind.R && !out.isEmpty()) {
        EventLexicon.Trigger prev = out.get(out.size() - 1).trigger();
        if (prev.endToken() == i && prev.kind() == EventLexicon.Kind.N && !prev.type().equals(tr.type())) {
          i = tr.endToken();
          continue;
        }
      }
      int clauseEnd = tr.endToken();
      while (clauseEnd < n && !clauseBreak(t, clauseEnd)) clauseEnd++;
      out.add(read(t, tr, s.firstToken(), clauseStart, clauseEnd));
      i = tr.endToken();
    }
    return out;
  }

  private static final java.util.Set<String> MOVEMENT = java.util.Set.of("خرج", "يخرج", "غادر", "يغادر", "مغادرة",
      "خروج", "اخراج");

  /** True when the sentence names fighters, civilians, convoys or a deal (MOVE rows of the modifiers). */
  private boolean moveContext(Tokens t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.kind(j) != Tokens.WORD) continue;
      String k = t.key(j);
      for (String w : moveWords) if (k.startsWith(w)) return true;
    }
    return false;
  }

  /** Readings that are not events: "فجر اليوم" (dawn), "ضربة" in sport, a trigger inside a name. */
  private boolean skip(Tokens t, EventLexicon.Trigger tr, int sentenceStart, int n) {
    String lemma = tr.entry().lemma();
    int next = tr.endToken();
    if (lemma.equals("فجر") && next < n && t.kind(next) == Tokens.WORD) {
      String w = WordForms.bare(t.norm(next));
      if (w.equals("اليوم") || w.equals("يوم") || w.equals("امس") || w.startsWith("ال") || w.equals("اول")) return true;
    }
    // "قوات/شرطة مكافحة الشغب" are riot police, not a riot
    if (lemma.equals("شغب") && tr.firstToken() > 0 && t.norm(tr.firstToken() - 1).endsWith("مكافحة")) return true;
    if (lemma.equals("فجر") && tr.firstToken() > 0) {
      String prev = t.norm(tr.firstToken() - 1);
      if (prev.equals("منذ") || prev.equals("في") || prev.equals("حتي") || prev.equals("قبل")) return true;
    }
    // "نقطة تجمع": an assembly point, not a rally
    if (lemma.equals("تجمع") && tr.firstToken() > 0) {
      String prev = WordForms.bare(t.norm(tr.firstToken() - 1));
      if (prev.startsWith("نقط") || prev.equals("مركز") || prev.equals("مراكز")) return true;
    }
    // "توصل إلى أن" (concluded), "التوصل إلى إنتاج": reaching is an agreement only when a deal is reached
    if (lemma.equals("توصل")) {
      boolean deal = false;
      // the subject may sit between ("توصل جيش الإسلام، أحد فصائل المعارضة السورية، وروسيا إلى اتفاق")
      for (int j = next; j < Math.min(n, next + 14) && !deal; j++) {
        if (t.kind(j) != Tokens.WORD) continue;
        String k = t.norm(j);
        deal = k.contains("اتفاق") || k.contains("تسوي") || k.contains("صفق") || k.contains("هدن");
      }
      if (!deal) return true;
    }
    // a plain movement word is a retreat only among fighters, civilians, convoys or a deal
    if (tr.type().equals("RETREAT") && MOVEMENT.contains(lemma) && !moveContext(t, sentenceStart, n)) return true;
    // "خرج آلاف المتظاهرين" is a protest going out, not a retreat
    if (tr.type().equals("RETREAT") && lemma.endsWith("خرج")) {
      for (int j = next; j < Math.min(n, next + 5); j++) {
        EventLexicon.Trigger o = lexicon.match(t, j, n);
        if (o != null && o.type().equals("PROTEST")) return true;
      }
    }
    return false;
  }

  private EventMention read(Tokens t, EventLexicon.Trigger tr, int sentenceStart, int clauseStart, int clauseEnd) {
    boolean neg = false;
    boolean fut = tr.futurePrefix();
    boolean hyp = false;
    boolean att = false;
    boolean modal = false;
    boolean supp = false;
    boolean done = false;
    int i0 = tr.firstToken();
    // a condition comes first and is set off by a comma ("في حالة طرده، قد يتعرض الى التعذيب"): look back
    // to the sentence start for it; the other modifiers stay within the clause
    for (int j = Math.max(sentenceStart, i0 - 12); j < i0; j++) {
      PhraseLexicon.Match<String> m = modifiers.match(t, j, i0);
      if (m == null) continue;
      if (j < clauseStart || j < i0 - 8) {
        if (m.value().equals("HYP")) hyp = true;
        j = m.endToken() - 1;
        continue;
      }
      int dist = i0 - m.endToken(); // words between the modifier and the trigger
      switch (m.value()) {
        case "NEG" -> {
          String w = WordForms.bare(t.norm(m.firstToken()));
          boolean particle = w.equals("لم") || w.equals("لن") || w.equals("لا") || w.equals("ما") || w.equals("غير")
              || w.equals("ليس") || w.equals("ليست");
          boolean phrase = m.endToken() - m.firstToken() > 1; // "لم يسفر عن", "من دون"
          if (particle && !phrase ? dist <= 1 : dist <= 3) neg = true;
        }
        case "FUT" -> fut |= dist <= 4;
        case "HYP" -> hyp = true;
        case "ATT" -> att |= dist <= 3;
        case "MODAL" -> {
          boolean qad = WordForms.bare(t.norm(m.firstToken())).equals("قد");
          if (qad ? tr.kind() == EventLexicon.Kind.I && dist == 0 : dist <= 3) modal = true;
        }
        case "SUPP" -> supp |= dist <= 7; // "قام عدد من جنود المارينز بقتل": the subject sits between
        case "DONE" -> done |= dist <= 5;
        default -> { }
      }
      j = m.endToken() - 1;
    }
    // "المفاوضات جارية": a predicate right after an event noun reports it under way
    if (tr.kind() == EventLexicon.Kind.N) {
      for (int j = tr.endToken(); j < Math.min(clauseEnd, tr.endToken() + 2); j++) {
        if (t.kind(j) == Tokens.WORD && ongoing.contains(t.key(j))) done = true;
      }
    }
    // "لم تسفر عن مقتل": the negator governs the phrase's verb
    if (!neg && tr.endToken() - tr.firstToken() > 1 && i0 > clauseStart) {
      String w = WordForms.bare(t.norm(i0 - 1));
      neg = w.equals("لم") || w.equals("لن");
    }
    // "دون وقوع إصابات", "من دون أن يسفر": the negation sits two words back, before a support word
    if (!neg && i0 - 2 >= clauseStart) {
      String w2 = WordForms.bare(t.norm(i0 - 2));
      String w1 = t.norm(i0 - 1);
      if ((w2.equals("دون") || w2.equals("عدم")) && (w1.equals("وقوع") || w1.equals("ان") || w1.equals("حدوث") || w1.equals("سقوط"))) neg = true;
    }
    return new EventMention(tr, clauseStart, clauseEnd, neg, fut, hyp, att, modal, supp, done);
  }
}
