package org.isnad.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Tells a concrete reported event from talk about violence or protest: a sentence full of ASSAULT words
 * may recall history, report a trial, condemn, threaten or generalise. A logistic model over features of
 * the sentence's triggers and their context (verb or noun, perfect or imperfect, negation, future,
 * support verbs, a day or weekday, a count of victims, history and reaction words) scores each type it was
 * trained for; a trigger of another type passes when its context asserts it.
 *
 * <p>The weights ({@code /models/event-filter.tsv}) are trained on the tuning half of
 * {@code ../shared/data/events} by {@code ./isnad eval events --train FILE}. Immutable; thread-safe.
 */
public final class EventFilter {
  private final Map<String, Map<String, Double>> weights;
  private final Map<String, Double> thresholds;
  private final boolean all;

  EventFilter(Map<String, Map<String, Double>> weights, Map<String, Double> thresholds) {
    this(weights, thresholds, false);
  }

  private EventFilter(Map<String, Map<String, Double>> weights, Map<String, Double> thresholds, boolean all) {
    this.weights = weights;
    this.thresholds = thresholds;
    this.all = all;
  }

  /** A filter that passes every sentence with a trigger (to read the roles of known event sentences). */
  public static EventFilter acceptAll() {
    return new EventFilter(Map.of(), Map.of(), true);
  }

  /** The shipped model, or a model that knows no type when the resource is absent. */
  public static EventFilter load() {
    InputStream in = EventFilter.class.getResourceAsStream("/models/event-filter.tsv");
    if (in == null) return none();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model written by {@link EventFilterTrainer#write}. */
  public static EventFilter read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /** A filter that scores no type: every asserted trigger passes. */
  public static EventFilter none() {
    return new EventFilter(Map.of(), Map.of());
  }

  private static EventFilter read(BufferedReader r) throws IOException {
    Map<String, Map<String, Double>> w = new HashMap<>();
    Map<String, Double> th = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t");
      if (c[1].equals("@threshold")) th.put(c[0], Double.parseDouble(c[2]));
      else w.computeIfAbsent(c[0], k -> new HashMap<>()).put(c[1], Double.parseDouble(c[2]));
    }
    return new EventFilter(w, th);
  }

  /** Whether the type's model uses bag-of-words features (chosen per type by cross-validation). */
  public boolean bag(String type) {
    Map<String, Double> w = weights.get(type);
    return w == null || w.getOrDefault("@bag", 1.0) > 0;
  }

  /** Whether the model scores this type. */
  public boolean covers(String type) {
    return all || weights.containsKey(type);
  }

  /** Probability that the sentence reports a concrete event of the type. */
  public double score(String type, List<String> features) {
    Map<String, Double> w = weights.get(type);
    if (w == null) return 1;
    double z = w.getOrDefault("@bias", 0.0);
    for (String f : features) z += w.getOrDefault(f, 0.0);
    return 1 / (1 + Math.exp(-z));
  }

  /** The features of a sentence for a type, with or without words as the type's model wants them. */
  public List<String> featuresFor(Tokens t, Sentence s, List<EventMention> mentions, String type,
                                  EventDetector detector, DateResolver dates) {
    return features(t, s, mentions, type, detector, dates, bag(type));
  }

  public boolean accept(String type, List<String> features) {
    if (all) return true;
    return score(type, features) >= thresholds.getOrDefault(type, 0.5);
  }

  /** The features of a sentence for one event type (empty when the sentence has no trigger of it). */
  public static List<String> features(Tokens t, Sentence s, List<EventMention> mentions, String type,
                                      EventDetector detector, DateResolver dates, boolean bag) {
    Set<String> f = new LinkedHashSet<>();
    boolean any = false;
    boolean clean = false;
    int verbs = 0;
    for (EventMention m : mentions) {
      if (!m.type().equals(type)) continue;
      any = true;
      EventLexicon.Trigger tr = m.trigger();
      String k = tr.kind().name();
      String inner = tr.prefix().startsWith("و") || tr.prefix().startsWith("ف") ? tr.prefix().substring(1) : tr.prefix();
      f.add("k:" + k);
      f.add("l:" + tr.entry().lemma());
      f.add("kp:" + k + ":" + inner);
      if (m.negated()) f.add("neg:" + k);
      if (m.future()) f.add("fut");
      if (m.hypothetical()) f.add("hyp");
      if (m.attempt()) f.add("att");
      if (m.modal()) f.add("modal");
      if (m.supported()) f.add("supp:" + k);
      if (m.asserted() && !m.attempt()) {
        f.add("ok:" + k);
        if (tr.kind() == EventLexicon.Kind.V || tr.kind() == EventLexicon.Kind.I) verbs++;
        clean = true;
      }
      if (tr.firstToken() == s.firstToken() || tr.firstToken() == s.firstToken() + 1) f.add("first:" + k);
      // an imperfect after "كان" is habitual or background
      if (tr.kind() == EventLexicon.Kind.I) f.add("imperf");
    }
    if (!any) return List.of();
    if (clean) f.add("clean");
    if (verbs > 1) f.add("verbs>1");
    int n = s.endToken();
    boolean number = false;
    for (int i = s.firstToken(); i < n; i++) {
      if (t.kind(i) == Tokens.NUMBER) {
        number = true;
        String v = t.norm(i);
        if (v.length() == 4 && (v.startsWith("19") || v.startsWith("20"))) f.add("year");
      }
      if (t.kind(i) == Tokens.PUNCT) {
        char c = t.text().charAt(t.start(i));
        if (c == '?' || c == '؟') f.add("question");
        if (c == '«' || c == '"') f.add("quote");
      }
      PhraseLexicon.Match<String> m = detector.modifier(t, i, n);
      if (m != null) {
        String kind = m.value();
        if (kind.equals("HIST") || kind.equals("REACT")) {
          f.add(kind.toLowerCase());
          f.add("w:" + t.key(i));
        }
      }
      if (bag && t.kind(i) == Tokens.WORD) f.add("b:" + t.key(i));
    }
    if (number) f.add("number");
    for (DateResolver.TimeExpr e : dates.find(t, s.firstToken(), n, "2000-01-01")) f.add("t:" + e.kind());
    int len = n - s.firstToken();
    f.add("len:" + (len < 15 ? "s" : len < 35 ? "m" : "l"));
    return new ArrayList<>(f);
  }
}
