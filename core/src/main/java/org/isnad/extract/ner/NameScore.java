package org.isnad.extract.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrase-level precision, recall and F1 per type, CoNLL convention: a found name counts only when its
 * words and type both match a gold name exactly. Types PER, LOC, ORG; MISC is not scored (see
 * {@link ConllSentence}).
 */
public final class NameScore {
  static final String[] NAMES = {"PER", "LOC", "ORG"};

  private final long[] tp = new long[3];
  private final long[] fp = new long[3];
  private final long[] fn = new long[3];

  /** Adds one sentence's gold and found names. */
  public void add(List<ConllSentence.Chunk> gold, List<ConllSentence.Chunk> found) {
    Set<ConllSentence.Chunk> g = new HashSet<>(gold);
    Set<ConllSentence.Chunk> f = new HashSet<>(found);
    for (ConllSentence.Chunk c : f) {
      if (g.contains(c)) tp[c.type()]++;
      else fp[c.type()]++;
    }
    for (ConllSentence.Chunk c : g) if (!f.contains(c)) fn[c.type()]++;
  }

  /** {precision, recall, F1} of type 0 PER, 1 LOC, 2 ORG, or of all with {@code type = -1}. */
  public double[] prf(int type) {
    long t = 0, p = 0, n = 0;
    for (int k = 0; k < 3; k++) {
      if (type >= 0 && k != type) continue;
      t += tp[k];
      p += fp[k];
      n += fn[k];
    }
    double precision = t + p == 0 ? 0 : (double) t / (t + p);
    double recall = t + n == 0 ? 0 : (double) t / (t + n);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  public double f1() {
    return prf(-1)[2];
  }

  /** A table: one line per type and one for all, with gold and found counts. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found"));
    for (int k = 0; k < 3; k++) line(sb, NAMES[k], k);
    line(sb, "overall", -1);
    return sb.toString();
  }

  private void line(StringBuilder sb, String name, int type) {
    double[] s = prf(type);
    long g = 0, f = 0;
    for (int k = 0; k < 3; k++) {
      if (type >= 0 && k != type) continue;
      g += tp[k] + fn[k];
      f += tp[k] + fp[k];
    }
    sb.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d %7d%n", name, s[0], s[1], s[2], g, f));
  }
}
