package org.isnad.extract.claim;

import java.util.function.IntPredicate;
import org.isnad.text.Tokens;

/**
 * Noun-phrase spans without a parser, from the shape of Arabic noun phrases: a head followed by its
 * genitives (idafa, "قوات الأمن") and agreeing adjectives ("الأمن الباكستانية", "مسلحين مجهولين"), a
 * number before its counted noun ("ستة متشددين"), a quantifier with "من" ("عدد من جنود المارينز").
 * A phrase stops at punctuation, a function word, a verb the caller knows, or when an indefinite word
 * would follow a definite one (the usual start of the next phrase: "قوات الأمن | ستة متشددين").
 */
public final class PhraseChunker {
  /** Longest phrase: beyond this the chunker is guessing. */
  static final int MAX_WORDS = 7;

  private final ClauseWords words;

  public PhraseChunker(ClauseWords words) {
    this.words = words;
  }

  private static boolean definite(Tokens t, int i) {
    String w = t.norm(i);
    for (WordForms.Reading r : WordForms.readings(w)) {
      String in = r.inner();
      if (in.endsWith("ال") || in.equals("لل")) return true;
    }
    return false;
  }

  private static boolean quote(Tokens t, int i) {
    return t.kind(i) == Tokens.PUNCT && (t.is(i, '«') || t.is(i, '»') || t.is(i, '"') || t.is(i, '“') || t.is(i, '”'));
  }

  /**
   * End (exclusive token index) of the noun phrase starting at token {@code i}, or {@code i} when none
   * starts there. {@code stop} marks tokens the caller knows are not nouns (verbs, time words).
   */
  public int end(Tokens t, int i, int limit, IntPredicate stop) {
    int i0 = i;
    while (i < limit && quote(t, i)) i++;
    if (i >= limit || !startsPhrase(t, i, stop)) return i0;
    int j = i + 1;
    int words = 1;
    boolean lastNumber = t.kind(i) == Tokens.NUMBER;
    boolean quant = lastNumber || words(t, i, "QUANT");
    boolean lastDef = definite(t, i);
    while (j < limit && words < MAX_WORDS) {
      int k = j;
      // a quotation inside a phrase is a short name ("جنود «المارينز»"); a long one is quoted speech
      if (k < limit && t.is(k, '«') && !closesSoon(t, k, limit)) break;
      while (k < limit && quote(t, k)) k++;
      if (k >= limit) break;
      // "عدد من جنود", "عنصرين من «ألوية الناصر»", "مسلحين من القبائل": a partitive or origin "من"
      boolean partitive = quant || (words == 1 && !lastDef);
      if (t.kind(k) == Tokens.WORD && partitive && t.norm(k).equals("من") && k + 1 < limit
          && (t.kind(k + 1) == Tokens.WORD || t.is(k + 1, '«') || t.is(k + 1, '"') || (quant && t.kind(k + 1) == Tokens.NUMBER))
          && !stop.test(k + 1) && (this.words.kind(t, k + 1) == null || this.words.is(t, k + 1, "QUANT"))
          && (quant || t.is(k + 1, '«') || t.is(k + 1, '"') || definite(t, k + 1))) {
        // "أكثر من 1600 شخص", "أكثر من أربعة آلاف": a number after the partitive is counted in turn
        if (t.kind(k + 1) == Tokens.NUMBER || this.words.is(t, k + 1, "QUANT")) {
          j = k + 2;
          words += 2;
          lastNumber = true;
          lastDef = false;
          continue;
        }
        j = k + 2;
        words += 2;
        quant = false;
        lastDef = definite(t, k + 1);
        lastNumber = false;
        continue;
      }
      if (!(t.kind(k) == Tokens.WORD || t.kind(k) == Tokens.LATIN) || stop.test(k)
          || (this.words.kind(t, k) != null && !((lastNumber || ordinal(t, j - 1)) && this.words.is(t, k, "QUANT")))) {
        break;
      }
      if (t.norm(k).isEmpty()) break; // a lone tatweel used as a dash
      if (conjoined(t, k)) break;
      boolean def = definite(t, k);
      if (lastDef && !def && !quote(t, j)) break;
      // "تسعة جنود افغان | بطريق الخطأ": a ب/ل word before a definite word opens a prepositional phrase
      if (!def && words >= 2 && k + 1 < limit && t.kind(k + 1) == Tokens.WORD && definite(t, k + 1)) {
        String w0 = t.norm(k);
        if ((w0.charAt(0) == 'ب' || w0.charAt(0) == 'ل') && w0.length() >= 4) break;
      }
      // an accusative noun ("مركزا", "شخصا") after an indefinite noun that is not a number starts the object
      String w = t.norm(k);
      if (!def && !lastNumber && !quant && w.length() >= 4 && w.endsWith("ا") && !t.norm(j - 1).endsWith("ا")) break;
      lastDef = def;
      lastNumber = lastNumber && this.words.is(t, k, "QUANT"); // "4 آلاف" still counts what follows
      quant |= this.words.is(t, k, "QUANT"); // "أول مجموعة | من مسلحي جيش الإسلام"
      j = k + 1;
      words++;
    }
    // a closing quote right after the phrase belongs to it
    if (j < limit && quote(t, j) && (t.is(j, '»') || t.is(j, '”'))) j++;
    return j;
  }

  /** A preposition fused with the article ("بالمقترح", "للمعارضة"): the phrase is prepositional, never a subject. */
  static boolean prepositional(Tokens t, int i) {
    String w = t.norm(i);
    return w.startsWith("بال") || w.startsWith("وبال") || w.startsWith("فبال") || (w.startsWith("لل") && w.length() > 4)
        || w.startsWith("ولل");
  }

  /** "أول"، "آخر" take a genitive even when it is a quantity noun ("أول مجموعة من مسلحي جيش الإسلام"). */
  private static boolean ordinal(Tokens t, int i) {
    if (t.kind(i) != Tokens.WORD) return false;
    String w = t.norm(i);
    return w.equals("اول") || w.equals("اخر") || w.equals("آخر");
  }

  private boolean quantityWord(Tokens t, int i) {
    return words.is(t, i, "QUANT");
  }

  private static boolean closesSoon(Tokens t, int k, int limit) {
    for (int j = k + 1; j < Math.min(limit, k + 5); j++) if (t.is(j, '»')) return true;
    return false;
  }

  private boolean words(Tokens t, int i, String kind) {
    return words.is(t, i, kind);
  }

  private boolean startsPhrase(Tokens t, int i, IntPredicate stop) {
    if (stop.test(i)) return false;
    if (t.kind(i) == Tokens.NUMBER || t.kind(i) == Tokens.LATIN) return true;
    if (t.kind(i) != Tokens.WORD || t.norm(i).isEmpty()) return false;
    String k = words.kind(t, i);
    return k == null || k.equals("QUANT");
  }

  /** A word that starts with the conjunction و and the article: the next conjunct, not this phrase. */
  private static boolean conjoined(Tokens t, int i) {
    String w = t.norm(i);
    return w.length() > 3 && w.charAt(0) == 'و' && (w.startsWith("وال") || w.startsWith("ول"));
  }
}
