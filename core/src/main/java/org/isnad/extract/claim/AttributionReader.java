package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.isnad.text.LexiconFile;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Who says so ({@code /lexicon/reporting-verbs.tsv}): reporting verbs with their subject ("قال مصدر أمني
 * إن", "مصادر قالت إن"), relays ("نقلت رويترز عن مسؤول" → chain [رويترز, مسؤول]), preposition frames
 * ("بحسب المرصد", "نقلاً عن ناشطين", "على لسان"), and sources after the claim ("…، حسبما أفادت وكالة …").
 * A frame word of four letters or more still matches with one typing error ("بحسسب"), unless the
 * misspelling is itself a listed real word (REAL rows: "أشاد" is not a misspelt "أشار").
 */
public final class AttributionReader {
  /** One frame: where it is, its kind, the span of the source and (for relays) of the original source. */
  public record Frame(int first, int end, String kind, Span source, Span original, int complement) {}

  private final Map<String, String> forms = new HashMap<>();
  private final Map<String, List<String[]>> phrases = new HashMap<>();
  private final Set<String> heads = new HashSet<>();
  private final Set<String> real = new HashSet<>();
  /** One-edit index over dictionary forms of four letters or more: exact, deletions, deletions by position. */
  private final Map<String, String> typoExact = new HashMap<>();
  private final Map<String, String> typoDeleted = new HashMap<>();
  private final Map<String, String> typoSubst = new HashMap<>();
  private final PhraseChunker chunker;
  private final ClauseWords words;

  private AttributionReader(PhraseChunker chunker, ClauseWords words) {
    this.chunker = chunker;
    this.words = words;
  }

  public static AttributionReader load(PhraseChunker chunker, ClauseWords words) {
    AttributionReader a = new AttributionReader(chunker, words);
    for (String[] r : LexiconFile.rows("/lexicon/reporting-verbs.tsv", 2)) {
      String[] w = WordForms.normalize(r[0]).split("\\s+");
      if (r[1].equals("REAL")) {
        a.real.add(w[0]);
        continue;
      }
      if (r[1].equals("HEAD")) {
        a.heads.add(WordForms.bare(w[0]));
        continue;
      }
      if (w.length > 1) {
        a.phrases.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        a.forms.put("phrase:" + String.join(" ", w), r[1]);
        continue;
      }
      if (r[1].equals("VERB") || r[1].equals("RELAY")) {
        for (String f : EventLexicon.inflect(w[0], w[0].startsWith("ي") || w[0].startsWith("ت") && r[0].length() == 4
            ? EventLexicon.Kind.I : EventLexicon.Kind.V)) {
          a.forms.putIfAbsent(f, r[1]);
        }
      }
      a.forms.put(w[0], r[1]);
      if (w[0].length() >= 4) {
        a.typoExact.put(w[0], r[1]);
        for (int i = 0; i < w[0].length(); i++) {
          String d = w[0].substring(0, i) + w[0].substring(i + 1);
          a.typoDeleted.putIfAbsent(d, r[1]);
          a.typoSubst.putIfAbsent(d + "#" + i, r[1]);
        }
      }
    }
    return a;
  }

  /** The frame kind of token {@code i} (bare, with و/ف or, for prepositions, with ب), allowing one typo. */
  String kindAt(Tokens t, int i, int limit, int[] end) {
    return kindAt(t, i, limit, end, true);
  }

  /** As {@link #kindAt(Tokens, int, int, int[])}, trying typing errors only when {@code typos}. */
  String kindAt(Tokens t, int i, int limit, int[] end, boolean typos) {
    if (t.kind(i) != Tokens.WORD) return null;
    String w = t.norm(i);
    end[0] = i + 1;
    List<String> cands = new ArrayList<>(3);
    cands.add(w);
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) cands.add(w.substring(1));
    for (String c : cands) {
      for (String[] ph : phrases.getOrDefault(c, List.of())) {
        if (i + ph.length - 1 >= limit) continue;
        boolean ok = true;
        for (int k = 1; k < ph.length && ok; k++) {
          String got = t.norm(i + k);
          ok = got.equals(ph[k]) || (ph[k].length() == 1 && got.startsWith(ph[k]));
        }
        if (ok) {
          // "وفقا ل" ends inside the next word ("لمصادر"): the source starts at that word
          end[0] = ph[ph.length - 1].length() == 1 ? i + ph.length - 1 : i + ph.length;
          return forms.get("phrase:" + String.join(" ", ph));
        }
      }
      String k = forms.get(c);
      if (k != null) return k;
    }
    // one typing error, on words of four letters or more that are not real words themselves
    if (!typos || words.kind(t, i) != null) return null;
    for (String c : cands) {
      if (c.length() < 4 || real.contains(c)) continue;
      String k = typo(c);
      if (k != null) return k;
    }
    return null;
  }

  /** The kind of the dictionary frame one edit away from {@code c}, or null. */
  private String typo(String c) {
    String k = typoDeleted.get(c); // a letter missing from c
    if (k != null) return k;
    for (int i = 0; i < c.length(); i++) {
      String d = c.substring(0, i) + c.substring(i + 1);
      k = typoExact.get(d); // a letter too many in c
      if (k != null) return k;
      k = typoSubst.get(d + "#" + i); // one letter replaced
      if (k != null) return k;
    }
    return null;
  }

  /** True when {@code a} and {@code b} differ by exactly one insertion, deletion or substitution. */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
    if (la == lb) return a.substring(i + 1).equals(b.substring(i + 1));
    if (la > lb) return a.substring(i + 1).equals(b.substring(i));
    return a.substring(i).equals(b.substring(i + 1));
  }

  /** The attribution frames of a sentence, in text order. */
  public List<Frame> frames(Tokens t, Sentence s, IntPredicate stop, IntPredicate time) {
    List<Frame> out = new ArrayList<>();
    int n = s.endToken();
    int[] end = new int[1];
    for (int i = s.firstToken(); i < n; i++) {
      String kind = kindAt(t, i, n, end);
      if (kind == null) continue;
      boolean typo = forms.get(t.norm(i)) == null && forms.get(t.norm(i).substring(1)) == null
          && !phrases.containsKey(t.norm(i)) && !phrases.containsKey(t.norm(i).substring(1));
      int j = skipObjects(t, end[0], n);
      switch (kind) {
        case "VERB", "RELAY" -> {
          int comp = complement(t, j, n);
          if (typo && comp < 0) continue;
          while (j < n && (time.test(j) || t.kind(j) == Tokens.WORD && (t.norm(j).equals("ايضا") || t.norm(j).equals("امس")))) j++;
          Span src = sourceAt(t, j, n, stop);
          if (src == null && i > s.firstToken()) src = subjectBefore(t, s.firstToken(), i, stop);
          Span orig = null;
          if (src != null) {
            int k = src.end();
            if (k < n && t.kind(k) == Tokens.WORD && t.norm(k).equals("عن")) orig = sourceAt(t, k + 1, n, stop);
            else if (k + 1 < n && t.norm(k).equals("نقلا") && t.norm(k + 1).equals("عن")) orig = sourceAt(t, k + 2, n, stop);
          }
          // without إن/أن, a colon or a quotation the word is a noun or another sense ("من دون ذكر عدد")
          if (comp < 0 && orig == null) continue;
          out.add(new Frame(i, end[0], orig != null ? "RELAY" : "VERB", src, orig, comp));
          i = Math.max(i, (orig != null ? orig.end() : src != null ? src.end() : end[0]) - 1);
        }
        case "PREP" -> {
          if (j < n && t.kind(j) == Tokens.WORD && t.norm(j).equals("ل")) j++; // "تبعاً لـ "لوس أنجلوس تايمز""
          // "وفقا لما نقلته وكالة …": the relative "ما" and its verb come before the source
          if (j < n && t.kind(j) == Tokens.WORD && (t.norm(j).equals("لما") || t.norm(j).equals("ما"))) {
            int[] e2 = new int[1];
            if (j + 1 < n && "VERB".equals(kindAt(t, j + 1, n, e2))) j = skipObjects(t, e2[0], n);
            else if (j + 2 < n && t.kind(j + 1) == Tokens.WORD) j += 2; // "لما نقلته": a verb with its object pronoun
          }
          Span src = sourceAt(t, j, n, stop);
          if (src == null) continue;
          out.add(new Frame(i, end[0], "PREP", src, null, -1));
          i = src.end() - 1;
        }
        case "AFTER" -> {
          // "حسبما أفادت وكالة …": the verb after the frame word, then its subject
          int k = j;
          int[] e2 = new int[1];
          if (k < n && "VERB".equals(kindAt(t, k, n, e2))) k = skipObjects(t, e2[0], n);
          else continue;
          Span src = sourceAt(t, k, n, stop);
          if (src == null) continue;
          out.add(new Frame(i, end[0], "PREP", src, null, -1));
          i = src.end() - 1;
        }
        default -> { }
      }
    }
    return out;
  }

  /** Index of the complementiser (إن/أن/بأن) or colon or opening quote within a few words, or -1. */
  private int complement(Tokens t, int from, int limit) {
    for (int j = from; j < Math.min(limit, from + 12); j++) {
      if (words.is(t, j, "COMP") || t.is(j, ':') || t.is(j, '«')) return j;
      // "قال المرصد، إن …": a comma right before the complementiser
      if ((t.is(j, '،') || t.is(j, ',')) && j + 1 < limit && words.is(t, j + 1, "COMP")) return j + 1;
      if (t.kind(j) == Tokens.PUNCT && (t.is(j, '.') || t.is(j, '،') || t.is(j, ','))) return -1;
    }
    return -1;
  }

  /** Skips what sits between a reporting verb and its subject: "به", "بذلك", "النقاب" (كشف النقاب), "النظر". */
  private static int skipObjects(Tokens t, int j, int limit) {
    while (j < limit && t.kind(j) == Tokens.WORD) {
      String w = t.norm(j);
      if (!(w.equals("به") || w.equals("بذلك") || w.equals("النقاب") || w.equals("النظر") || w.equals("الانتباه"))) break;
      j++;
    }
    return j;
  }

  private Span sourceAt(Tokens t, int j, int limit, IntPredicate stop) {
    if (j < limit && t.kind(j) == Tokens.WORD && (t.norm(j).equals("في") || t.norm(j).equals("ل"))) return null;
    // "وأضاف "تبين أنه …": a quotation that does not close within a name's length is the speech, not the source
    if (j < limit && (t.is(j, '"') || t.is(j, '«') || t.is(j, '“'))) {
      boolean closes = false;
      for (int k = j + 1; k < Math.min(limit, j + 6) && !closes; k++) closes = t.is(k, '"') || t.is(k, '»') || t.is(k, '”');
      if (!closes) return null;
    }
    int e = chunker.end(t, j, limit, stop);
    // "نقلت رويترز عن ماكورماك قوله": the reported speech noun is not part of the source
    // and "كشف كاربنتر النقاب عن": the verb's idiomatic object is not either
    while (e > j + 1 && t.kind(e - 1) == Tokens.WORD && (t.norm(e - 1).startsWith("قول") || t.norm(e - 1).equals("القول")
        || t.norm(e - 1).equals("النقاب") || t.norm(e - 1).equals("النظر"))) {
      e--;
    }
    if (e <= j) return null;
    // "مصدر في الشرطة", "ناشطون في درعا": one prepositional phrase belongs to a source
    if (heads.contains(WordForms.bare(t.norm(j))) && e + 1 < limit && t.kind(e) == Tokens.WORD
        && (t.norm(e).equals("في") || t.norm(e).equals("من"))) {
      int e2 = chunker.end(t, e + 1, limit, stop);
      if (e2 > e + 1 && e2 - j <= PhraseChunker.MAX_WORDS + 2) e = e2;
    }
    return new Span(j, e);
  }

  private Span subjectBefore(Tokens t, int from, int verb, IntPredicate stop) {
    int e = chunker.end(t, from, verb, stop);
    return e == verb && e > from ? new Span(from, e) : null;
  }
}
