package org.isnad.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.LexiconFile;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * Descriptive phrases for actors ({@code lexicon/descriptors.tsv}): "الثوار", "المسلحين", "قوات النظام",
 * each with the actor it names and its connotation ({@link Descriptor#GOV}, {@link Descriptor#OPP},
 * {@link Descriptor#NEUTRAL}), read by the mention finder and by framing.
 */
public final class DescriptorLexicon {
  private final List<Descriptor> all;
  private final Map<String, Descriptor> byKey;

  private DescriptorLexicon(List<Descriptor> all) {
    this.all = all;
    Map<String, Descriptor> m = new HashMap<>();
    for (Descriptor d : all) m.putIfAbsent(key(d.phrase()), d);
    this.byKey = m;
  }

  /** Lookup form of a phrase: its tokens' keys (no proclitics, no article), space-separated. */
  private static String key(String phrase) {
    Tokens t = Tokenizer.tokenize(phrase);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (i > 0) sb.append(' ');
      sb.append(t.key(i));
    }
    return sb.toString();
  }

  /**
   * The descriptor row a DESC mention's text comes from ("نظام الأسد", or "نظام" written "للنظام"), or
   * {@code null}; proclitics, the article and spelling variants (أ/ا, ى/ي, diacritics) are ignored.
   */
  public Descriptor lookup(String mentionText) {
    return byKey.get(key(mentionText));
  }

  public static DescriptorLexicon load() {
    List<Descriptor> out = new ArrayList<>();
    for (String[] r : LexiconFile.rows("/lexicon/descriptors.tsv", 5)) {
      out.add(new Descriptor(r[0], r[1], r[2], "syria".equals(r[3]), "noadj".equals(r[4])));
    }
    return new DescriptorLexicon(Collections.unmodifiableList(out));
  }

  public List<Descriptor> all() {
    return all;
  }
}
