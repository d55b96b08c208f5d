package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
      boolean pred = l.predicted(c);
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
  void featuresAreWordsCuesShapeNeighboursAndPlace() {
    // V-188#1 of the arabicfc documents (Enab Baladi), its first sentence shortened, and a follow line after it
    String prose = "ونعت حسابات مقربة من \" تحرير الشام \" , عبر \" فيس بوك \" اليوم , الجمعة 15 أيلول , المكي وقالت إن الحملة مستمرة .";
    ResidueLines.Document d = ResidueLines.Document.of(List.of("الأكثر قراءة", prose, "تابعونا على تلغرام"));
    assertThat(ResidueLines.features(d, 2))
        .contains("w:تابعونا", "cue:follow", "cue0:follow", "cue:channel", "len:20", "pos:last", "pos:tail", "zone:foot",
            "prev:end:punct", "prev:len:160", "prev:cue:news", "next:none");
    assertThat(ResidueLines.features(d, 1)).contains("cue:news", "end:punct", "prev:cue:readalso", "next:cue:follow")
        .doesNotContain("cue:app", "zone:head", "zone:foot"); // "حمل" is not in "الحملة"
    assertThat(ResidueLines.features(d, 0)).contains("pos:first", "zone:head", "prev:none", "cue0:readalso");
    assertThat(ResidueLines.features("[ . . . ] يناير 14 , 2018 بدأت الوكالة")).contains("ellipsis", "date")
        .doesNotContain("pos:first", "prev:none");
  }

  @Test
  void scoreAddsUpTheNamedFeaturesWeights() {
    // the one-pass score and the score from the features' names (what training sees) must agree, template included
    ResidueLines c = ResidueLines.load();
    String prose = "ونعت حسابات مقربة من \" تحرير الشام \" , عبر \" فيس بوك \" اليوم , الجمعة 15 أيلول , المكي وقالت إن الحملة مستمرة .";
    List<String> lines = List.of("الأكثر قراءة", prose, "[ . . . ] يناير 14 , 2018 بدأت الوكالة", "قبل 3 ساعات أعلنت الوزارة",
        "جميع الحقوق محفوظة © 2018", "تابعونا على تلغرام");
    SiteTemplate t = SiteTemplate.builder().add("h", lines).add("h", lines.subList(4, 5)).add("h", List.of(lines.get(4)))
        .add("h", List.of(lines.get(3))).build();
    for (ResidueLines.Document d : List.of(ResidueLines.Document.of(lines), ResidueLines.Document.of(lines, t, "h"))) {
      for (int i = 0; i < lines.size(); i++) {
        assertThat(c.score(d, i)).isCloseTo(ResidueLines.score(c.weights(), ResidueLines.features(d, i)), within(1e-12));
      }
    }
    assertThat(ResidueLines.features(ResidueLines.Document.of(lines, t, "h"), 4)).contains("template");
    assertThat(ResidueLines.features(ResidueLines.Document.of(lines, t, "h"), 3)).contains("recur", "list:run");
  }
}
