package org.isnad.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isnad.text.LexiconFile;

/**
 * Descriptive phrases for actors ({@code lexicon/descriptors.tsv}): "الثوار", "المسلحين", "قوات النظام",
 * each with the actor it names and its connotation ({@link Descriptor#GOV}, {@link Descriptor#OPP},
 * {@link Descriptor#NEUTRAL}), read by the mention finder and by framing.
 */
public final class DescriptorLexicon {
  private final List<Descriptor> all;

  private DescriptorLexicon(List<Descriptor> all) {
    this.all = all;
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
