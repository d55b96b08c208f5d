package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.LexiconFile;
import org.isnad.text.Tokens;

/**
 * Event triggers ({@code /lexicon/event-verbs.tsv}): Arabic verbs, verbal nouns and result nouns mapped
 * to PLOVER types. Rows hold one dictionary form; the inflected forms newswire uses (perfect and imperfect
 * conjugations, object and possessive suffixes, plurals) are generated here once, so the file stays short
 * and readable. Matching tries every proclitic reading of a word ({@link WordForms#readings}) and keeps the
 * one whose proclitics fit the entry's kind: a verb takes و ف and (imperfect) the future س; a noun takes
 * ب ل ك and the article.
 *
 * <p>Immutable once loaded; thread-safe.
 */
public final class EventLexicon {
  /** V perfect verb, I imperfect verb, N verbal/event noun, R result noun. */
  public enum Kind { V, I, N, R }

  /** One lexicon row: its PLOVER type, kind, role pattern and the later words of a fixed phrase. */
  public record Entry(String lemma, String type, Kind kind, String roles, String[] rest) {}

  /**
   * A trigger found at tokens {@code [firstToken, endToken)}.
   *
   * @param prefix the proclitics read off the first word ("و", "ب", "وس", "ال" …)
   */
  public record Trigger(int firstToken, int endToken, Entry entry, String prefix) {
    public String type() {
      return entry.type();
    }

    public Kind kind() {
      return entry.kind();
    }

    /** True for the future prefix س on an imperfect verb ("ستقصف"). */
    public boolean futurePrefix() {
      String p = prefix.startsWith("و") || prefix.startsWith("ف") ? prefix.substring(1) : prefix;
      return p.equals("س");
    }

    /** True when a preposition or the article is attached: the word is read as a noun ("بقتل", "القصف"). */
    public boolean nominalPrefix() {
      String p = prefix.startsWith("و") || prefix.startsWith("ف") ? prefix.substring(1) : prefix;
      return !p.isEmpty() && !p.equals("س");
    }
  }

  private final Map<String, List<Entry>> forms = new HashMap<>();

  private EventLexicon() {}

  public static EventLexicon load() {
    return fromRows(LexiconFile.rows("/lexicon/event-verbs.tsv", 4));
  }

  static EventLexicon fromRows(List<String[]> rows) {
    EventLexicon lex = new EventLexicon();
    for (String[] r : rows) {
      String[] words = WordForms.normalize(r[0]).split("\\s+");
      String[] rest = new String[words.length - 1];
      for (int i = 1; i < words.length; i++) rest[i - 1] = WordForms.bare(words[i]);
      Kind kind = Kind.valueOf(r[2]);
      Entry e = new Entry(words[0], r[1], kind, r[3].isEmpty() ? "-" : r[3], rest);
      for (String f : inflect(words[0], kind)) lex.forms.computeIfAbsent(f, k -> new ArrayList<>(2)).add(e);
    }
    return lex;
  }

  /** The inflected forms of a dictionary form (matching forms, without proclitics). */
  static List<String> inflect(String w, Kind kind) {
    List<String> out = new ArrayList<>();
    out.add(w);
    char last = w.charAt(w.length() - 1);
    switch (kind) {
      case V -> {
        if (last == 'ي' || last == 'ا') {
          String s = w.substring(0, w.length() - 1);
          for (String suf : new String[] {"ت", "وا", "يا", "تا", "ه", "ها", "هم", "يت", "وه", "ته"}) out.add(s + suf);
          for (String suf : new String[] {"ه", "ها", "هم"}) out.add(w + suf);
        } else {
          for (String suf : new String[] {"ت", "وا", "ا", "تا", "ن", "نا", "تم", "ه", "ها", "هم", "هما", "ته",
              "تها", "تهم", "وه", "وها", "وهم", "اه", "اهم"}) {
            out.add(w + suf);
          }
        }
      }
      case I -> {
        if (w.charAt(0) != 'ي' || w.length() < 3) break;
        String stem = w.substring(1);
        char sl = stem.charAt(stem.length() - 1);
        for (String p : new String[] {"ي", "ت", "ن", "ا"}) {
          out.add(p + stem);
          if (sl == 'ي' || sl == 'و') {
            String b = stem.substring(0, stem.length() - 1);
            for (String suf : new String[] {"ون", "ان", "وا", "ين"}) out.add(p + b + suf);
          } else {
            for (String suf : new String[] {"ون", "ان", "وا", "ن", "ين", "ه", "ها", "هم", "ونه", "ونها", "ونهم"}) {
              out.add(p + stem + suf);
            }
          }
        }
      }
      case N -> {
        if (last == 'ة') {
          String s = w.substring(0, w.length() - 1);
          for (String suf : new String[] {"ات", "ته", "تها", "تهم", "تين", "تان", "ه"}) out.add(s + suf);
        } else if (w.endsWith("ات")) {
          for (String suf : new String[] {"ه", "ها", "هم"}) out.add(w + suf);
        } else {
          for (String suf : new String[] {"ه", "ها", "هم", "ين", "ان", "ا", "ات"}) out.add(w + suf);
        }
      }
      case R -> {
        if (last == 'ة') {
          out.add(w.substring(0, w.length() - 1) + "ات");
        } else if (last != 'ي' && last != 'ا') {
          for (String suf : new String[] {"ا", "ين", "ان", "ة", "ات", "ون"}) out.add(w + suf);
        }
      }
      default -> { }
    }
    return out;
  }

  private static boolean prefixFits(Kind kind, String inner) {
    return switch (kind) {
      case V -> inner.isEmpty() || inner.equals("ل"); // "لقتل" is read as a noun below; "ل" + perfect is rare
      case I -> inner.isEmpty() || inner.equals("س") || inner.equals("ل");
      case N, R -> !inner.equals("س");
    };
  }

  /** The longest trigger starting at token {@code i} and ending before {@code limit}, or {@code null}. */
  public Trigger match(Tokens t, int i, int limit) {
    if (t.kind(i) != Tokens.WORD) return null;
    String w = t.norm(i);
    Trigger best = null;
    for (WordForms.Reading r : WordForms.readings(w)) {
      List<Entry> es = forms.get(r.rest());
      if (es == null) continue;
      String inner = r.inner();
      for (Entry e : es) {
        Kind k = e.kind();
        if (!prefixFits(k, inner)) continue;
        if (k == Kind.V && inner.equals("ل")) continue;
        int end = matchRest(t, i + 1, limit, e.rest());
        if (end < 0) continue;
        Trigger cand = new Trigger(i, end, e, r.prefix());
        if (best == null || better(cand, best)) best = cand;
      }
    }
    return best;
  }

  /** Prefers the longer phrase, then the reading that fits the proclitics (noun after ب/ال, verb otherwise). */
  private static boolean better(Trigger a, Trigger b) {
    if (a.endToken() != b.endToken()) return a.endToken() > b.endToken();
    boolean aNoun = a.kind() == Kind.N || a.kind() == Kind.R;
    boolean bNoun = b.kind() == Kind.N || b.kind() == Kind.R;
    if (aNoun != bNoun) return a.nominalPrefix() ? aNoun : !aNoun;
    return a.prefix().length() < b.prefix().length();
  }

  private static int matchRest(Tokens t, int j, int limit, String[] rest) {
    for (String want : rest) {
      while (j < limit && t.kind(j) == Tokens.PUNCT && (t.is(j, '«') || t.is(j, '"'))) j++;
      if (j >= limit || t.kind(j) != Tokens.WORD) return -1;
      String got = WordForms.bare(t.norm(j));
      if (want.length() <= 3 ? !(got.equals(want) || (got.startsWith(want) && got.length() - want.length() <= 3 && want.length() == 3))
          : !(got.startsWith(want) && got.length() - want.length() <= 3)) {
        return -1;
      }
      j++;
    }
    return j;
  }
}
