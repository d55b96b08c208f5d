package org.isnad.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.MentionType;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * The statistical name finder: PER, ORG and LOC spans over a document's tokens. An averaged structured
 * perceptron over hashed features ({@link NameFeatures}) decoded with Viterbi per sentence
 * ({@link NameModel}), trained on ANERcorp by {@link NameTrainer}, then one name one type across the
 * document ({@link #propagate}). Spans cover whole tokens, proclitics included ("بحلب"): the mention
 * linker moves starts past them. Thread-safe (per-thread scratch arrays); loaded once from the model
 * shipped in the resources.
 */
public final class NameTagger {
  private static volatile NameTagger shipped;

  private final NameModel model;
  private final NameFeatures features;
  private final ThreadLocal<Work> work = ThreadLocal.withInitial(Work::new);

  NameTagger(NameModel model, NameLexicon lexicon) {
    this.model = model;
    this.features = new NameFeatures(lexicon, model.bits);
  }

  NameTagger withOutsidePenalty(float penalty) {
    NameModel m = new NameModel(model, penalty);
    return new NameTagger(m, features);
  }

  private NameTagger(NameModel model, NameFeatures features) {
    this.model = model;
    this.features = features;
  }

  /** The shipped model ({@code /models/ner/model.bin.gz} with its lexicon), loaded once. */
  public static NameTagger load() {
    NameTagger t = shipped;
    if (t == null) {
      synchronized (NameTagger.class) {
        t = shipped;
        if (t == null) {
          try (InputStream in = NameTagger.class.getResourceAsStream(NameModel.RESOURCE_DIR + "model.bin.gz")) {
            if (in == null) throw new IllegalStateException("missing resource " + NameModel.RESOURCE_DIR + "model.bin.gz");
            t = new NameTagger(NameModel.read(in), NameLexicon.load());
          } catch (IOException e) {
            throw new UncheckedIOException("reading the name-finder model", e);
          }
          shipped = t;
        }
      }
    }
    return t;
  }

  /** A model file written by {@code isnad train ner}, with the shipped lexicon. */
  public static NameTagger load(Path model) throws IOException {
    return load(model, NameLexicon.load());
  }

  /** A model file written by {@code isnad train ner}, with the lexicon it was trained with. */
  public static NameTagger load(Path model, NameLexicon lexicon) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return new NameTagger(NameModel.read(in), lexicon);
    }
  }

  private static final class Work {
    final NameFeatures.Scratch scratch = new NameFeatures.Scratch();
    float[] em = new float[0];
    float[] delta = new float[0];
    int[] back = new int[0];
    boolean[] punct = new boolean[0];
    int[] labels = new int[0];

    void ensure(int n) {
      if (labels.length >= n) return;
      int cap = Math.max(64, Integer.highestOneBit(n) << 1);
      em = new float[cap * NameModel.L];
      delta = new float[cap * NameModel.L];
      back = new int[cap * NameModel.L];
      punct = new boolean[cap];
      labels = new int[cap];
    }
  }

  /**
   * Names in token order, non-overlapping; never spans punctuation-only tokens. Each sentence is decoded
   * on its own, then names are made consistent across the document ({@link #propagate}).
   */
  public List<NameSpan> tag(Doc doc) {
    List<NameSpan> out = new ArrayList<>();
    Tokens t = doc.tokens();
    Work w = work.get();
    for (Sentence s : doc.sentences()) {
      int from = s.firstToken();
      int n = s.endToken() - from;
      if (n == 0) continue;
      decode(t, from, s.endToken(), w);
      spans(w, from, n, out);
    }
    return propagate(t, out, PROPAGATION_CONFIDENCE);
  }

  /** Names tagged with at least this confidence are propagated to other mentions (chosen on held-out data). */
  static final double PROPAGATION_CONFIDENCE = 0.3;

  /** Spans of the tokens {@code [from, to)} read as one sentence, appended to {@code out}. */
  void spans(Tokens t, int from, int to, List<NameSpan> out) {
    if (to <= from) return;
    Work w = work.get();
    decode(t, from, to, w);
    spans(w, from, to - from, out);
  }

  /**
   * One name, one type per document. A person's full name the model found (with confidence of at least
   * {@code minConfidence}) is found again wherever it recurs untagged, also after a proclitic ("لكاظم
   * الساهر"); then a word the model tagged on its own as a name, or the last word of a person's name (the
   * family name), is tagged the same where it recurs untagged ("كاظم الساهر" … "احتفال الساهر"). Words
   * tagged with two types, short words and trigger words are left alone.
   */
  List<NameSpan> propagate(Tokens t, List<NameSpan> spans, double minConfidence) {
    if (spans.isEmpty()) return spans;
    java.util.Map<String, MentionType> single = new java.util.HashMap<>();
    java.util.Set<String> conflicting = new java.util.HashSet<>();
    List<String[]> fullNames = new ArrayList<>();
    List<MentionType> fullTypes = new ArrayList<>();
    for (NameSpan s : spans) {
      if (s.confidence() < minConfidence) continue;
      int len = s.endToken() - s.firstToken();
      if (len > 1 && len <= 4) {
        String[] keys = new String[len];
        for (int k = 0; k < len; k++) keys[k] = t.key(s.firstToken() + k);
        fullNames.add(keys);
        fullTypes.add(s.type());
      }
      int i = s.endToken() - 1;
      if (len > 1 && s.type() != MentionType.PER) continue;
      String key = t.key(i);
      if (key.length() < 3 || t.kind(i) != Tokens.WORD) continue;
      NameLexicon.Word w = features.lexicon().word(key);
      if (w != null && w.trigger != 0) continue;
      MentionType prev = single.putIfAbsent(key, s.type());
      if (prev != null && prev != s.type()) conflicting.add(key);
    }
    conflicting.forEach(single::remove);
    if (single.isEmpty() && fullNames.isEmpty()) return spans;
    boolean[] covered = new boolean[t.size()];
    for (NameSpan s : spans) for (int i = s.firstToken(); i < s.endToken(); i++) covered[i] = true;
    List<NameSpan> out = new ArrayList<>(spans);
    int before = out.size();
    FullNames names = new FullNames(fullNames, fullTypes);
    int[] found = names.occurrences(t);
    // each name in turn takes its occurrences that are still free, as a scan per name would, but from one
    // pass over the tokens: linear in the document where a scan per name grew with names times tokens
    for (int k = 0; k < found.length; k += 2) {
      int n = found[k];
      int i = found[k + 1];
      int len = names.keys.get(n).length;
      boolean free = true;
      for (int j = i; j < i + len && free; j++) free = !covered[j];
      if (!free) continue;
      out.add(new NameSpan(i, i + len, names.types.get(n), minConfidence));
      for (int j = i; j < i + len; j++) covered[j] = true;
    }
    for (int i = 0; i < t.size() && !single.isEmpty(); i++) {
      if (covered[i] || t.kind(i) != Tokens.WORD) continue;
      MentionType type = single.get(t.key(i));
      if (type == null) continue;
      out.add(new NameSpan(i, i + 1, type, minConfidence));
    }
    if (out.size() > before) out.sort(java.util.Comparator.comparingInt(NameSpan::firstToken));
    return out;
  }

  /**
   * The distinct full names of a document (a repeat of a name finds nothing its first occurrence did not
   * take), as a trie of their keys, so that one pass over the tokens finds every place each one recurs.
   */
  private static final class FullNames {
    final List<String[]> keys = new ArrayList<>();
    final List<MentionType> types = new ArrayList<>();
    private final Node root = new Node();

    private static final class Node {
      final java.util.Map<String, Node> next = new java.util.HashMap<>(4);
      int name = -1;
    }

    FullNames(List<String[]> names, List<MentionType> nameTypes) {
      for (int f = 0; f < names.size(); f++) {
        Node node = root;
        for (String k : names.get(f)) node = node.next.computeIfAbsent(k, x -> new Node());
        if (node.name >= 0) continue;
        node.name = keys.size();
        keys.add(names.get(f));
        types.add(nameTypes.get(f));
      }
    }

    /**
     * Every place a name's keys recur, its first word also after one proclitic letter (و ف ب ل ك: "لكاظم
     * الساهر"), as pairs {name, first token}: by name in order of first appearance, then by token.
     */
    int[] occurrences(Tokens t) {
      int[] pairs = new int[16];
      int count = 0;
      for (int i = 0; i < t.size(); i++) {
        if (t.kind(i) != Tokens.WORD) continue;
        String k = t.key(i);
        for (int variant = 0; variant < 2; variant++) {
          String first;
          if (variant == 0) {
            first = k;
          } else {
            char c = k.isEmpty() ? 0 : k.charAt(0);
            if (c != 'و' && c != 'ف' && c != 'ب' && c != 'ل' && c != 'ك') break;
            first = k.substring(1);
          }
          Node node = root.next.get(first);
          for (int j = i + 1; node != null; j++) {
            if (node.name >= 0) {
              if (count + 2 > pairs.length) pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
              pairs[count++] = node.name;
              pairs[count++] = i;
            }
            node = j < t.size() && !node.next.isEmpty() ? node.next.get(t.key(j)) : null;
          }
        }
      }
      // a stable counting sort by name keeps each name's tokens in order
      int[] start = new int[keys.size() + 1];
      for (int p = 0; p < count; p += 2) start[pairs[p] + 1]++;
      for (int n = 0; n < keys.size(); n++) start[n + 1] += start[n];
      int[] out = new int[count];
      for (int p = 0; p < count; p += 2) {
        int at = 2 * start[pairs[p]]++;
        out[at] = pairs[p];
        out[at + 1] = pairs[p + 1];
      }
      return out;
    }
  }

  /**
   * Names of consecutive CoNLL sentences read as one document, as {@link #tag} reads an article: each
   * sentence decoded alone, then {@link #propagate} over them all. One list of word-level names per
   * sentence.
   */
  List<List<ConllSentence.Chunk>> tagDocument(List<ConllSentence> sentences) {
    StringBuilder sb = new StringBuilder();
    int[] first = new int[sentences.size() + 1];
    int off = 0;
    for (int k = 0; k < sentences.size(); k++) {
      if (k > 0) sb.append('\n');
      sb.append(String.join(" ", sentences.get(k).words()));
      first[k] = off;
      off += sentences.get(k).tokens().size();
    }
    first[sentences.size()] = off;
    Tokens t = org.isnad.text.Tokenizer.tokenize(sb.toString());
    if (t.size() != off) throw new IllegalStateException("sentences tokenise differently together");
    List<NameSpan> spans = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) spans(t, first[k], first[k + 1], spans);
    spans = propagate(t, spans, PROPAGATION_CONFIDENCE);
    List<List<ConllSentence.Chunk>> out = new ArrayList<>();
    int next = 0;
    for (int k = 0; k < sentences.size(); k++) {
      int[] labels = new int[first[k + 1] - first[k]];
      while (next < spans.size() && spans.get(next).firstToken() < first[k + 1]) {
        NameSpan sp = spans.get(next++);
        int type = sp.type() == MentionType.PER ? 0 : sp.type() == MentionType.LOC ? 1 : 2;
        int length = sp.endToken() - sp.firstToken();
        for (int i = sp.firstToken(); i < sp.endToken(); i++) labels[i - first[k]] = NameModel.label(type, i - sp.firstToken(), length);
      }
      out.add(sentences.get(k).toWords(labels));
    }
    return out;
  }

  /** Labels ({@link NameModel#LABELS} indices) of tokens {@code [from, to)} read as one sentence. */
  int[] labels(Tokens t, int from, int to) {
    Work w = work.get();
    decode(t, from, to, w);
    return java.util.Arrays.copyOf(w.labels, to - from);
  }

  private void decode(Tokens t, int from, int to, Work w) {
    int n = to - from;
    w.ensure(n);
    features.extract(t, from, to, w.scratch);
    model.emissions(w.scratch.feats, w.scratch.count, n, w.em);
    for (int j = 0; j < n; j++) w.punct[j] = t.kind(from + j) == Tokens.PUNCT;
    model.viterbi(w.em, w.punct, n, w.delta, w.back, w.labels);
  }

  private static void spans(Work w, int from, int n, List<NameSpan> out) {
    int[] y = w.labels;
    int j = 0;
    while (j < n) {
      if (y[j] == 0) {
        j++;
        continue;
      }
      int type = NameModel.type(y[j]);
      int e = j + 1;
      while (e < n && NameModel.isInside(y[e]) && NameModel.type(y[e]) == type) e++;
      out.add(new NameSpan(from + j, from + e, NameModel.TYPES[type], confidence(w.em, y, j, e)));
      j = e;
    }
  }

  /**
   * How far the span's labels beat every label of another type (or O) at its weakest token, squashed to
   * (0, 1) by a logistic with a scale suited to the perceptron's weights: a rough ranking score, not a
   * calibrated probability.
   */
  private static double confidence(float[] em, int[] y, int from, int to) {
    float min = Float.POSITIVE_INFINITY;
    for (int j = from; j < to; j++) {
      int o = j * NameModel.L;
      int type = NameModel.type(y[j]);
      float other = Float.NEGATIVE_INFINITY;
      for (int k = 0; k < NameModel.L; k++) if (NameModel.type(k) != type) other = Math.max(other, em[o + k]);
      min = Math.min(min, em[o + y[j]] - other);
    }
    return 1 / (1 + Math.exp(-min / CONFIDENCE_SCALE));
  }

  private static final double CONFIDENCE_SCALE = 10;
}
