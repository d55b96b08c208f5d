package org.isnad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import org.isnad.extract.ClaimExtractor;
import org.isnad.extract.claim.EventFilter;
import org.isnad.extract.claim.EventFilterTrainer;
import org.isnad.extract.claim.EventMention;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval events [DIR]}: PLOVER ASSAULT and PROTEST detection P/R/F1 on the arabic_event_gsr
 * sentences ({@code yes} positive; {@code easy no} and {@code difficult no} negative; {@code ambiguous}
 * left out) and token-overlap F1 of actor and target against the span files. Each file is split by a CRC32
 * of the sentence id into a tuning half (even) and a held-out half (odd); the event filter is trained on
 * the tuning half only ({@code --train FILE} writes it), and figures are printed for both halves.
 */
@Command(name = "events", description = "PLOVER detection P/R/F1 and actor/target overlap.")
public final class EvalEventsCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "default ../shared/data/events")
  Path dir = Path.of("../shared/data/events");

  @Option(names = "--train", paramLabel = "FILE",
      description = "train the event filter on the tuning halves and write it to FILE (the shipped model is core/src/main/resources/models/event-filter.tsv)")
  Path train;

  @Option(names = "--folds", description = "cross-validation folds for the threshold (default 5)")
  int folds = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** True for the held-out half. */
  public static boolean heldOut(String id) {
    CRC32 c = new CRC32();
    c.update(id.getBytes(StandardCharsets.UTF_8));
    return (c.getValue() & 1) == 1;
  }

  record Gold(String id, String text, boolean positive) {}

  static List<Gold> sentences(Path file) throws IOException {
    List<Gold> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        String label = n.path("label").asText();
        if (label.equals("ambiguous")) continue;
        out.add(new Gold(n.path("id").asText(), n.path("text").asText(), label.equals("yes")));
      }
    }
    return out;
  }

  /** A whole gold sentence as one sentence of its own document. */
  static Sentence whole(Doc d) {
    Tokens t = d.tokens();
    return t.size() == 0 ? null : new Sentence(0, d.text().length(), 0, t.size());
  }

  static List<Claim> claims(ClaimExtractor x, String id, String text) {
    Doc d = Doc.of(text);
    Sentence s = whole(d);
    if (s == null) return List.of();
    Article a = new Article(id, id, null, null, null, null, null, text, List.of());
    return x.extract(a, d, List.of(s), List.of(), List.of());
  }

  /** Detection counts: tp, fp, fn. */
  static int[] detect(ClaimExtractor x, List<Gold> gold, String type) {
    int[] c = new int[3];
    for (Gold g : gold) {
      boolean pred = false;
      for (Claim cl : claims(x, g.id(), g.text())) if (cl.type().equals(type) && !cl.negated()) pred = true;
      if (pred && g.positive()) c[0]++;
      else if (pred) c[1]++;
      else if (g.positive()) c[2]++;
    }
    return c;
  }

  static String prf(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", p, r, f, c[0], c[1], c[2]);
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) return out;
    Tokens t = Doc.of(s).tokens();
    for (int i = 0; i < t.size(); i++) if (t.kind(i) != Tokens.PUNCT) out.add(t.key(i));
    return out;
  }

  static double overlapF1(List<String> pred, List<String> gold) {
    if (pred.isEmpty() || gold.isEmpty()) return 0;
    Map<String, Integer> g = new HashMap<>();
    for (String w : gold) g.merge(w, 1, Integer::sum);
    int common = 0;
    for (String w : pred) {
      Integer n = g.get(w);
      if (n != null && n > 0) {
        common++;
        g.put(w, n - 1);
      }
    }
    if (common == 0) return 0;
    double p = common / (double) pred.size();
    double r = common / (double) gold.size();
    return 2 * p * r / (p + r);
  }

  /** Mean token-overlap F1 of actor and target (best-matching annotator per sentence); [actorF, actorN, targetF, targetN]. */
  static boolean show = Boolean.getBoolean("isnad.show");

  static double[] roles(ClaimExtractor x, Path spans, String type, boolean wantHeldOut) throws IOException {
    double[] acc = new double[4];
    try (BufferedReader r = Files.newBufferedReader(spans, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        String id = n.path("source").asText();
        if (heldOut(id) != wantHeldOut) continue;
        String text = n.path("text").asText();
        Claim best = null;
        for (Claim c : claims(x.withFilter(EventFilter.acceptAll()), id, text)) {
          if (c.type().equals(type)) {
            best = c;
            break;
          }
        }
        if (show && !wantHeldOut) {
          System.out.println(text);
          System.out.println("   PRED A=" + (best == null ? null : best.actor()) + " T=" + (best == null ? null : best.target()));
          JsonNode sp0 = n.path("spans").path(0);
          System.out.println("   GOLD A=" + sp0.path("source_actor") + " T=" + sp0.path("target_actor"));
        }
        List<String> pa = tokens(best == null || best.actor() == null ? null : best.actor().text());
        List<String> pt = tokens(best == null || best.target() == null ? null : best.target().text());
        double fa = -1;
        double ft = -1;
        for (JsonNode sp : n.path("spans")) {
          List<String> ga = new ArrayList<>();
          for (JsonNode w : sp.path("source_actor")) ga.addAll(tokens(w.asText()));
          List<String> gt = new ArrayList<>();
          for (JsonNode w : sp.path("target_actor")) gt.addAll(tokens(w.asText()));
          if (!ga.isEmpty()) fa = Math.max(fa, overlapF1(pa, ga));
          if (!gt.isEmpty()) ft = Math.max(ft, overlapF1(pt, gt));
        }
        if (fa >= 0) {
          acc[0] += fa;
          acc[1]++;
        }
        if (ft >= 0) {
          acc[2] += ft;
          acc[3]++;
        }
      }
    }
    return acc;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      System.err.println("isnad eval events: no directory " + dir);
      return 2;
    }
    ClaimExtractor x = ClaimExtractor.load();
    String[][] sets = {{"ASSAULT", "assault"}, {"PROTEST", "protest"}};
    if (train != null) {
      Map<String, EventFilterTrainer.Model> models = new HashMap<>();
      for (String[] set : sets) {
        EventFilterTrainer.Model m = null;
        for (boolean bag : new boolean[] {true, false}) {
          List<EventFilterTrainer.Example> ex = new ArrayList<>();
          int missed = 0;
          for (Gold g : sentences(dir.resolve(set[1] + "_sentences.jsonl"))) {
            if (heldOut(g.id())) continue;
            Doc d = Doc.of(g.text());
            Sentence s = whole(d);
            if (s == null) continue;
            List<EventMention> ms = x.detector().detect(d.tokens(), s);
            List<String> f = EventFilter.features(d.tokens(), s, ms, set[0], x.detector(), x.dates(), bag);
            if (f.isEmpty()) {
              if (g.positive()) missed++;
              continue;
            }
            ex.add(new EventFilterTrainer.Example(f, g.positive()));
          }
          EventFilterTrainer.Model c = EventFilterTrainer.train(ex, missed, folds);
          System.out.printf(Locale.ROOT, "trained %s %s words on %d tuning sentences with a trigger (%d positives without one): "
              + "threshold %.2f, %d-fold CV F1 %.3f%n", set[0], bag ? "with" : "without", ex.size(), missed, c.threshold(), folds, c.cvF1());
          if (m == null || c.cvF1() > m.cvF1()) {
            c.weights().put("@bag", bag ? 1.0 : 0.0);
            m = c;
          }
        }
        models.put(set[0], m);
        System.out.printf(Locale.ROOT, "chose %s %s words (higher cross-validated F1 on the tuning half)%n", set[0],
            m.weights().get("@bag") > 0 ? "with" : "without");
      }
      EventFilterTrainer.write(train, models, "Reproduce: ./isnad eval events --train FILE ../shared/data/events "
          + "(tuning half: CRC32(id) even; arabic_event_gsr, MIT).");
      System.out.println("wrote " + train);
      x = x.withFilter(EventFilter.read(train));
    }
    for (String[] set : sets) {
      List<Gold> all = sentences(dir.resolve(set[1] + "_sentences.jsonl"));
      List<Gold> tune = new ArrayList<>();
      List<Gold> held = new ArrayList<>();
      for (Gold g : all) (heldOut(g.id()) ? held : tune).add(g);
      System.out.println(set[0] + " detection");
      System.out.println("  held-out (" + held.size() + "): " + prf(detect(x, held, set[0])));
      System.out.println("  tuning   (" + tune.size() + "): " + prf(detect(x, tune, set[0])));
      System.out.println("  held-out, learned reader with the GSR-trained filter as a gate: "
          + prf(detect(x.withFilterGate(true), held, set[0])));
      System.out.println("  held-out, lexicon rules alone (the fallback reader, with the filter): "
          + prf(detect(x.withTagger(null), held, set[0])));
      Path spans = dir.resolve(set[1] + "_spans.jsonl");
      if (Files.exists(spans)) {
        for (boolean h : new boolean[] {true, false}) {
          double[] a = roles(x, spans, set[0], h);
          System.out.printf(Locale.ROOT, "  %s roles: actor token F1 %.3f (%d sentences)  target token F1 %.3f (%d sentences)%n",
              h ? "held-out" : "tuning  ", a[1] == 0 ? 0 : a[0] / a[1], (int) a[1], a[3] == 0 ? 0 : a[2] / a[3], (int) a[3]);
        }
      }
    }
    return 0;
  }
}
