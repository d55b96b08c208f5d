package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.ArabicNormalizer;

/**
 * Surface analysis of one Arabic word for the claim readers: its matching form and the ways its front
 * can be read as proclitics (و ف, then ب ل ك or the future س, then the article ال). {@link Tokens#key}
 * strips a proclitic only when certain; event verbs need the uncertain readings too ("وقتلت" → قتلت,
 * "ستقصف" → تقصف), and a lexicon decides which reading is a word.
 */
final class WordForms {
  private WordForms() {}

  /** One reading: the proclitic letters taken off the front and the rest of the word. */
  record Reading(String prefix, String rest) {
    boolean conj() {
      return !prefix.isEmpty() && (prefix.charAt(0) == 'و' || prefix.charAt(0) == 'ف');
    }

    /** The proclitics after any conjunction: "" , "ب", "ال", "بال", "لل", "س" … */
    String inner() {
      return conj() ? prefix.substring(1) : prefix;
    }
  }

  private static final String[] INNER = {"", "ب", "ل", "ك", "س", "ال", "بال", "لل", "كال"};

  /** Every reading of {@code w} (a matching form) that leaves at least two letters, the bare word first. */
  static List<Reading> readings(String w) {
    List<Reading> out = new ArrayList<>(6);
    for (String[] prefixes : PREFIXES) {
      String conj = prefixes[0];
      if (!conj.isEmpty() && !w.startsWith(conj)) continue;
      for (String p : prefixes) {
        if (w.length() - p.length() < 2 || !w.startsWith(p)) continue;
        out.add(new Reading(p, w.substring(p.length())));
      }
    }
    return out;
  }

  /** Each conjunction ("", و, ف) followed by each of {@link #INNER}, built once (readings run for every word). */
  private static final String[][] PREFIXES = new String[3][];

  static {
    String[] conjs = {"", "و", "ف"};
    for (int c = 0; c < conjs.length; c++) {
      PREFIXES[c] = new String[INNER.length];
      for (int k = 0; k < INNER.length; k++) PREFIXES[c][k] = conjs[c] + INNER[k];
    }
  }

  /** The word without proclitics and article, for comparing a phrase's later words ("النار" → نار). */
  static String bare(String w) {
    String best = w;
    for (Reading r : readings(w)) {
      if (r.rest().length() < best.length() && r.rest().length() >= 2) {
        String in = r.inner();
        // only strip what is certain enough for a fixed phrase: the article, or a proclitic before it
        if (in.endsWith("ال") || in.equals("لل")) best = r.rest();
      }
    }
    return best;
  }

  static String normalize(String s) {
    return ArabicNormalizer.normalize(s);
  }
}
