package org.isnad.clean;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains {@link ResidueLines}: L2-regularised logistic regression by stochastic gradient descent in a fixed
 * order (deterministic), classes weighted to balance them; the threshold is the one with the best F1 ({@code BETA} 1)
 * of the whole decisions (the sign gate included) on out-of-fold scores within the training lines, so held-out lines
 * are never looked at; precision is kept by the gate, by a lowest threshold ({@code MIN_THRESHOLD}) and by the
 * cleaner's tests, which veto a setting that drops an article's sentence. Folds are by document, so that a
 * page's template lines are never on both sides of a fold.
 */
public final class ResidueTrainer {
  private static final int EPOCHS = 40;
  private static final double RATE = 0.1;
  private static final double L2 = 1e-2;
  private static final int MIN_COUNT = 2;
  private static final int FOLDS = 5;
  /** The F-measure's beta for the threshold: below 1, precision weighs more. */
  private static final double BETA = 1.0;
  /**
   * The lowest threshold tried, in hundredths: below 0.60 the cleaner's tests see article sentences go (a sentence
   * that quotes "جميع الحقوق محفوظة", one that reports comments on social media), which the crawl-page training lines
   * do not weigh; a guard for precision, not tuned on the held-out part.
   */
  private static final int MIN_THRESHOLD = 60;

  /**
   * Trained weights, the threshold, the cross-validated F1 that chose it, and the out-of-fold decision on
   * each training line (the training part's errors, to look at instead of the held-out part's).
   */
  public record Model(Map<String, Double> weights, double threshold, double cvF1, boolean[] outOfFold) {
    public ResidueLines classifier() {
      return new ResidueLines(weights, threshold);
    }
  }

  private record Example(List<String> features, boolean residue, int fold) {}

  private ResidueTrainer() {}

  public static Model train(List<ResidueDevSet.Line> lines) {
    List<Example> data = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ResidueDevSet.Line l = lines.get(i);
      int fold = l.source().equals("own") ? i % FOLDS : Math.floorMod((l.source() + ":" + l.doc()).hashCode(), FOLDS);
      data.add(new Example(l.features(), l.residue(), fold));
    }
    ResidueLines[] foldModel = new ResidueLines[FOLDS];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> tr = new ArrayList<>();
      for (Example e : data) if (e.fold() != f) tr.add(e);
      Map<String, Double> w = fit(tr);
      foldModel[f] = new ResidueLines(w, 0);
    }
    // the threshold is chosen on whole decisions (the classifier's gate included), out of fold
    int n = data.size();
    double[] oof = new double[n];
    boolean[] signed = new boolean[n];
    for (int i = 0; i < n; i++) {
      ResidueDevSet.Line l = lines.get(i);
      oof[i] = l.score(foldModel[data.get(i).fold()]);
      signed[i] = ResidueLines.signed(l.document(), l.index());
    }
    double best = 0.5;
    double bestF = -1;
    boolean[] decided = new boolean[n];
    for (int t = MIN_THRESHOLD; t <= 90; t += 5) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      boolean[] pred = new boolean[n];
      for (int i = 0; i < n; i++) {
        pred[i] = signed[i] && oof[i] >= t / 100.0;
        if (pred[i] && data.get(i).residue()) tp++;
        else if (pred[i]) fp++;
        else if (data.get(i).residue()) fn++;
      }
      double b2 = BETA * BETA;
      double f = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
      if (f > bestF + 1e-9) {
        bestF = f;
        best = t / 100.0;
        decided = pred;
      }
    }
    return new Model(fit(data), best, bestF, decided);
  }

  private static Map<String, Double> fit(List<Example> data) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : data) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
    int pos = 0;
    for (Example e : data) if (e.residue()) pos++;
    double wPos = pos == 0 ? 1 : 0.5 * data.size() / pos;
    double wNeg = pos == data.size() ? 1 : 0.5 * data.size() / (data.size() - pos);
    Map<String, Double> w = new HashMap<>();
    double bias = 0;
    for (int ep = 0; ep < EPOCHS; ep++) {
      double rate = RATE / (1 + ep * 0.2);
      for (int k = 0; k < data.size(); k++) {
        Example e = data.get((int) ((k * 7919L + ep * 31L) % data.size())); // a fixed stride: shuffled, reproducible
        double z = bias;
        for (String f : e.features()) if (counts.get(f) >= MIN_COUNT) z += w.getOrDefault(f, 0.0);
        double p = 1 / (1 + Math.exp(-z));
        double g = (p - (e.residue() ? 1 : 0)) * (e.residue() ? wPos : wNeg);
        bias -= rate * g;
        for (String f : e.features()) {
          if (counts.get(f) < MIN_COUNT) continue;
          double old = w.getOrDefault(f, 0.0);
          w.put(f, old - rate * (g + L2 * old));
        }
      }
    }
    w.put("@bias", bias);
    w.values().removeIf(v -> Math.abs(v) < 1e-4);
    return w;
  }

  /** Writes the model as the shipped resource reads it ({@code models/residue/residue-model.tsv}). */
  public static void write(Model m, Path out, String provenance) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# Residue line classifier (logistic regression, see clean/ResidueLines): feature\tweight; @threshold is the\n");
      w.write("# decision threshold, @bias the intercept. " + provenance + "\n");
      w.write(String.format(java.util.Locale.ROOT, "# %d-fold cross-validated F1 on the training lines: %.3f%n", FOLDS, m.cvF1()));
      w.write(String.format(java.util.Locale.ROOT, "@threshold\t%.2f%n", m.threshold()));
      for (Map.Entry<String, Double> e : new TreeMap<>(m.weights()).entrySet()) {
        w.write(String.format(java.util.Locale.ROOT, "%s\t%.4f%n", e.getKey(), e.getValue()));
      }
    }
  }
}
