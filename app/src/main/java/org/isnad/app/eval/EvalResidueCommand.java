package org.isnad.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import org.isnad.clean.ResidueDevSet;
import org.isnad.clean.ResidueLines;
import org.isnad.clean.ResidueTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval residue [DATA]}: line-level P/R/F1 of the residue line classifier on the held-out
 * documents of the annotated residue lines ({@code models/residue/residue-lines.tsv}: arabicfc retrieved pages and
 * ANT, read from DATA = ../shared/data). The classifier is trained on the other documents and the project's own
 * lines only; {@code --train FILE} writes that model (the shipped one is
 * {@code core/src/main/resources/models/residue/residue-model.tsv}). The shipped model is scored too. The training
 * part's cross-validated figures come first: they, and {@code --errors} (the training lines misjudged out of fold), are
 * what to tune on; the held-out lines are only counted.
 */
@Command(name = "residue", description = "Residue line classifier: P/R/F1 on held-out annotated lines.")
public final class EvalResidueCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DATA", description = "default ../shared/data")
  Path data = Path.of("../shared/data");

  @Option(names = "--train", paramLabel = "FILE", description = "write the model trained on the training part to FILE")
  Path train;

  @Option(names = "--errors", description = "print the training lines misjudged out of fold (never the held-out ones)")
  boolean errors;

  @Option(names = "--training-only", description = "print the training part's cross-validated figures only, not the "
      + "held-out ones: what to tune on")
  boolean trainingOnly;

  @Override
  public Integer call() throws Exception {
    List<ResidueDevSet.Line> all = ResidueDevSet.load(data);
    List<ResidueDevSet.Line> tr = new ArrayList<>();
    List<ResidueDevSet.Line> test = new ArrayList<>();
    for (ResidueDevSet.Line l : all) (l.heldOut() ? test : tr).add(l);
    ResidueTrainer.Model m = ResidueTrainer.train(tr);
    System.out.printf(Locale.ROOT, "training lines %d (%d residue)%s%n", tr.size(),
        tr.stream().filter(ResidueDevSet.Line::residue).count(), trainingOnly ? "" : String.format(Locale.ROOT,
            ", held-out lines %d (%d residue)", test.size(), test.stream().filter(ResidueDevSet.Line::residue).count()));
    System.out.printf(Locale.ROOT, "threshold %.2f (5-fold cross-validated F1 on training lines %.3f)%n", m.threshold(), m.cvF1());
    boolean[] oof = m.outOfFold();
    System.out.println("training, out of fold:  " + prf(tr, i -> oof[i]));
    if (!trainingOnly) heldOut(m, test);
    if (errors) {
      for (int i = 0; i < tr.size(); i++) {
        ResidueDevSet.Line l = tr.get(i);
        if (oof[i] == l.residue()) continue;
        String t = l.text().length() > 120 ? l.text().substring(0, 120) + "…" : l.text();
        System.out.printf(Locale.ROOT, "%s %s:%s#%d %s%.2f %s%n", l.residue() ? "FN" : "FP", l.source(), l.doc(), l.index(),
            l.signed() ? "" : "unsigned ", l.score(m.classifier()), t);
      }
    }
    if (train != null) {
      ResidueTrainer.write(m, train, "Reproduce: ./isnad eval residue --train FILE ../shared/data (training part: documents "
          + "whose CRC32 of source:document is not divisible by 3, plus residue-own.tsv).");
      System.out.println("wrote " + train);
    }
    return 0;
  }

  /** The held-out part's figures: the model trained now, the shipped one, and the shipped one on each page alone. */
  private static void heldOut(ResidueTrainer.Model m, List<ResidueDevSet.Line> test) {
    System.out.println("held-out, trained now:  " + prf(test, i -> test.get(i).predicted(m.classifier())));
    ResidueLines shipped = ResidueLines.load();
    System.out.println("held-out, shipped model: " + prf(test, i -> test.get(i).predicted(shipped)));
    System.out.println("held-out, shipped model, each page alone (no run template): "
        + prf(test, i -> test.get(i).predictedAlone(shipped)));
    for (String src : new String[] {"arabicfc", "ant"}) {
      List<ResidueDevSet.Line> part = test.stream().filter(l -> l.source().equals(src)).toList();
      System.out.println("  " + src + ": " + prf(part, i -> part.get(i).predicted(m.classifier())));
    }
  }

  /** Line-level P/R/F1 with residue as the positive class, {@code predicted} by index into {@code lines}. */
  public static String prf(List<ResidueDevSet.Line> lines, IntPredicate predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean pred = predicted.test(i);
      boolean gold = lines.get(i).residue();
      if (pred && gold) tp++;
      else if (pred) fp++;
      else if (gold) fn++;
    }
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", p, r, f, tp, fp, fn);
  }
}
