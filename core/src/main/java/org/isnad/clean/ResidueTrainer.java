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
 * order (deterministic), classes weighted to balance them; the threshold is the one with the best F0.5 on
 * out-of-fold scores within the training lines (precision counts twice: a dropped sentence of the article costs
 * more than a kept line of residue), so held-out lines are never looked at.
 */
public final class ResidueTrainer {
  private static final int EPOCHS = 40;
  private static final double RATE = 0.1;
  private static final double L2 = 1e-3;
  private static final int MIN_COUNT = 2;
  private static final int FOLDS = 5;

  /** Trained weights, the threshold and the cross-validated F0.5 that chose it. */
  public record Model(Map<String, Double> weights, double threshold, double cvF1) {
    public ResidueLines classifier() {
      return new ResidueLines(weights, threshold);
    }
  }

  private record Example(List<String> features, boolean residue) {}

  private ResidueTrainer() {}

  public static Model train(List<ResidueDevSet.Line> lines) {
    List<Example> data = new ArrayList<>();
    for (ResidueDevSet.Line l : lines) data.add(new Example(ResidueLines.features(l.text(), l.index(), l.count()), l.residue()));
    double[] oof = new double[data.size()];
    for (int f = 0; f < FOLDS; f++) {
      List<Example> tr = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) if (i % FOLDS != f) tr.add(data.get(i));
      Map<String, Double> w = fit(tr);
      for (int i = f; i < data.size(); i += FOLDS) oof[i] = ResidueLines.score(w, data.get(i).features());
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 10; t <= 90; t += 5) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < data.size(); i++) {
        boolean pred = oof[i] >= t / 100.0;
        if (pred && data.get(i).residue()) tp++;
        else if (pred) fp++;
        else if (data.get(i).residue()) fn++;
      }
      double f05 = tp == 0 ? 0 : 1.25 * tp / (1.25 * tp + 0.25 * fn + fp);
      if (f05 > bestF1 + 1e-9) {
        bestF1 = f05;
        best = t / 100.0;
      }
    }
    return new Model(fit(data), best, bestF1);
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
      w.write(String.format(java.util.Locale.ROOT, "# %d-fold cross-validated F0.5 on the training lines: %.3f%n", FOLDS, m.cvF1()));
      w.write(String.format(java.util.Locale.ROOT, "@threshold\t%.2f%n", m.threshold()));
      for (Map.Entry<String, Double> e : new TreeMap<>(m.weights()).entrySet()) {
        w.write(String.format(java.util.Locale.ROOT, "%s\t%.4f%n", e.getKey(), e.getValue()));
      }
    }
  }
}
