package org.isnad.extract.claim;

import java.util.HashMap;
import java.util.Map;
import org.isnad.text.LexiconFile;
import org.isnad.text.Tokens;

/**
 * Function words ({@code /lexicon/clause-words.tsv}): prepositions, complementisers, relatives,
 * conjunctions, particles, pronouns and quantifier heads. They bound the noun phrases the role and source
 * readers take, and mark where one clause of a long sentence ends and the next begins.
 */
public final class ClauseWords {
  private final Map<String, String> kinds = new HashMap<>();

  private ClauseWords() {}

  public static ClauseWords load() {
    ClauseWords c = new ClauseWords();
    for (String[] r : LexiconFile.rows("/lexicon/clause-words.tsv", 2)) {
      c.kinds.putIfAbsent(WordForms.normalize(r[0]), r[1]);
    }
    return c;
  }

  /** The kind of token {@code i} (read with an optional و/ف in front), or {@code null}. */
  public String kind(Tokens t, int i) {
    if (t.kind(i) != Tokens.WORD) return null;
    String w = t.norm(i);
    String k = kinds.get(w);
    if (k != null) return k;
    if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      k = kinds.get(w.substring(1));
      if (k != null) return k;
    }
    // prepositions fused with a pronoun or a ب/ل: "فيه", "منها", "عليه", "لدى"
    if (w.length() > 2 && (w.startsWith("في") || w.startsWith("من") || w.startsWith("علي") || w.startsWith("عن")
        || w.startsWith("اليه") || w.startsWith("لها") || w.startsWith("له") || w.startsWith("به"))
        && w.length() <= 5 && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("ما"))) {
      return "PREP";
    }
    return null;
  }

  public boolean is(Tokens t, int i, String kind) {
    return kind.equals(kind(t, i));
  }
}
