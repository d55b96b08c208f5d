package org.isnad.extract.claim;

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
 * Trains {@link EventFilter}'s weights: L2-regularised logistic regression by stochastic gradient descent
 * in a fixed order (deterministic), positives weighted to balance the classes. The decision threshold is
 * the one that maximises F1 on out-of-fold scores (k-fold within the training data), so the held-out
 * half is never looked at.
 */
public final class EventFilterTrainer {
  /** A training example: features of a sentence that has a trigger of the type, and its gold label. */
  public record Example(List<String> features, boolean positive) {}

  /** Trained weights and threshold for one type, with the cross-validated F1 that chose the threshold. */
  public record Model(Map<String, Double> weights, double threshold, double cvF1) {}

  private static final int EPOCHS = 30;
  private static final double RATE = 0.1;
  private static final double L2 = 1e-3;
  private static final int MIN_COUNT = 2;
  /** Folds used by the evaluation command (recorded in the model's header). */
  static final int FOLDS_WRITTEN = 5;

  private EventFilterTrainer() {}

  static Map<String, Double> fit(List<Example> data) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : data) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
    int pos = 0;
    for (Example e : data) if (e.positive()) pos++;
    double wPos = pos == 0 ? 1 : 0.5 * data.size() / pos;
    double wNeg = pos == data.size() ? 1 : 0.5 * data.size() / (data.size() - pos);
    Map<String, Double> w = new HashMap<>();
    double bias = 0;
    for (int ep = 0; ep < EPOCHS; ep++) {
      double rate = RATE / (1 + ep * 0.2);
      for (int k = 0; k < data.size(); k++) {
        // a fixed stride walks the data in a shuffled but reproducible order
        Example e = data.get((int) ((k * 7919L + ep * 31L) % data.size()));
        double z = bias;
        for (String f : e.features()) if (counts.get(f) >= MIN_COUNT) z += w.getOrDefault(f, 0.0);
        double p = 1 / (1 + Math.exp(-z));
        double g = (p - (e.positive() ? 1 : 0)) * (e.positive() ? wPos : wNeg);
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

  static double score(Map<String, Double> w, List<String> features) {
    double z = w.getOrDefault("@bias", 0.0);
    for (String f : features) z += w.getOrDefault(f, 0.0);
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Trains on {@code data}; {@code missedPositives} counts gold positives that had no trigger at all (they
   * lower recall at every threshold, so they count in the threshold's F1).
   */
  public static Model train(List<Example> data, int missedPositives, int folds) {
    double[] oof = new double[data.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> tr = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) if (i % folds != f) tr.add(data.get(i));
      Map<String, Double> w = fit(tr);
      for (int i = f; i < data.size(); i += folds) oof[i] = score(w, data.get(i).features());
    }
    int totalPos = missedPositives;
    for (Example e : data) if (e.positive()) totalPos++;
    double bestT = 0.5;
    double bestF = -1;
    for (int s = 5; s <= 95; s++) {
      double th = s / 100.0;
      int tp = 0;
      int fp = 0;
      for (int i = 0; i < data.size(); i++) {
        if (oof[i] < th) continue;
        if (data.get(i).positive()) tp++;
        else fp++;
      }
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double r = totalPos == 0 ? 0 : tp / (double) totalPos;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (f1 > bestF + 1e-9) {
        bestF = f1;
        bestT = th;
      }
    }
    return new Model(fit(data), bestT, bestF);
  }

  /** Writes the models as {@code type \t feature \t weight} rows under a header saying how they were made. */
  public static void write(Path out, Map<String, Model> models, String provenance) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# Event filter weights (logistic regression) per PLOVER type: type\tfeature\tweight; @threshold is the\n");
      w.write("# decision threshold, @bias the intercept. " + provenance + "\n");
      for (Map.Entry<String, Model> e : new TreeMap<>(models).entrySet()) {
        w.write(String.format(java.util.Locale.ROOT, "# %s: %d-fold cross-validated F1 on the tuning half %.3f%n", e.getKey(),
            FOLDS_WRITTEN, e.getValue().cvF1()));
      }
      for (Map.Entry<String, Model> e : new TreeMap<>(models).entrySet()) {
        w.write(e.getKey() + "\t@threshold\t" + String.format(java.util.Locale.ROOT, "%.2f", e.getValue().threshold()) + "\n");
        for (Map.Entry<String, Double> f : new TreeMap<>(e.getValue().weights()).entrySet()) {
          w.write(e.getKey() + "\t" + f.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.4f", f.getValue()) + "\n");
        }
      }
    }
  }
}
