package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.isnad.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The shipped residue line classifier on the held-out documents of its annotated lines (standoff into
 * {@code ../shared/data}; skipped when absent): line-level figures printed, precision held (a dropped
 * article sentence costs more than a kept residue line). {@code ./isnad eval residue} prints the same.
 */
class ResidueLinesTest {
  @Test
  void heldOutLinesPrecisionFirst() throws IOException {
    List<ResidueDevSet.Line> lines = ResidueDevSet.load(SharedData.require("stance/arabicfc/pairs.jsonl").getParent().getParent().getParent());
    ResidueLines c = ResidueLines.load();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (ResidueDevSet.Line l : lines) {
      if (!l.heldOut()) continue;
      boolean pred = c.isResidue(l.text(), l.index(), l.count());
      if (pred && l.residue()) tp++;
      else if (pred) fp++;
      else if (l.residue()) fn++;
    }
    double p = tp / (double) Math.max(1, tp + fp);
    double r = tp / (double) Math.max(1, tp + fn);
    System.out.printf("residue lines, held out: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", p, r,
        p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, fn);
    assertThat(p).isGreaterThanOrEqualTo(0.9);
    assertThat(tp).isGreaterThan(0);
  }

  @Test
  void featuresAreWordsCuesShapeAndPlace() {
    assertThat(ResidueLines.features("تابعونا على تلغرام", 4, 5))
        .contains("w:تابعونا", "cue:follow", "cue0:follow", "cue:channel", "len:20", "pos:last", "pos:tail");
    assertThat(ResidueLines.features("وقال إن الحملة مستمرة.", 0, 5)).contains("cue:news", "end:punct", "pos:first")
        .doesNotContain("cue:app"); // "حمل" is not in "الحملة"
  }
}
