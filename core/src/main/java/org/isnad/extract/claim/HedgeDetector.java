package org.isnad.extract.claim;

import java.util.List;
import org.isnad.text.LexiconFile;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Marks what the text itself calls unconfirmed or alleged ({@code /lexicon/hedges.tsv}): "غير مؤكدة",
 * "زعم", "أنباء عن", "يُعتقد", "على ما يبدو" hedge their own sentence; "لم يتسنَّ التأكد من صحة هذه
 * الأنباء" also hedges the sentence before it, which it comments on.
 */
public final class HedgeDetector {
  private final PhraseLexicon<String> hedges = new PhraseLexicon<>();

  private HedgeDetector() {}

  public static HedgeDetector load() {
    HedgeDetector h = new HedgeDetector();
    for (String[] r : LexiconFile.rows("/lexicon/hedges.tsv", 2)) h.hedges.add(r[0], r[1]);
    return h;
  }

  /** For each sentence, whether its claims are hedged. */
  public boolean[] hedged(Tokens t, List<Sentence> sentences) {
    boolean[] out = new boolean[sentences.size()];
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        PhraseLexicon.Match<String> m = hedges.match(t, i, s.endToken());
        if (m == null) continue;
        out[k] = true;
        if (m.value().equals("NEXT") && k > 0) out[k - 1] = true;
        break;
      }
    }
    return out;
  }
}
