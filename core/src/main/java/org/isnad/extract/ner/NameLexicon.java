package org.isnad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.isnad.text.LexiconFile;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * What the name finder knows about a word beyond the labelled data, keyed by {@link Tokens#key}: its
 * word clusters learned from unlabelled news ({@link WordClusterBuilder}), how frequent it is there,
 * where it occurs in gazetteer names (first, middle or last word of a person, place or organisation
 * name) and whether it is a trigger word ("وزير", "مدينة", "شركة", "قال").
 *
 * <p>One hash lookup per token gives all of it, so feature extraction stays cheap. Multi-word gazetteer
 * names are also kept whole in a {@link PhraseLexicon} so a full match ("الولايات المتحدة") can be told
 * from a word that merely occurs in some name.
 */
public final class NameLexicon {
  /** Gazetteer kinds: bit groups of {@link Word#gaz}. */
  static final int PER = 0;
  static final int LOC = 1;
  static final int ORG = 2;
  static final int GEO = 3;

  /** Positions within a name, four bits per kind. */
  static final int WHOLE = 0;
  static final int FIRST = 1;
  static final int MID = 2;
  static final int LAST = 3;

  /** Everything known about one key. Cluster ids are -1 when the word was too rare to cluster. */
  static final class Word {
    int coarse = -1;
    int fine = -1;
    int finest = -1;
    int freq = 0;
    int gaz;
    int trigger;
    /** Where the word occurs in mined names ({@link NameMiner}): bits {@code kind * 4 + position}, kinds PER LOC ORG. */
    int mined;
  }

  private final Map<String, Word> words;
  private final PhraseLexicon<Integer> phrases;
  private final PhraseLexicon<Integer> minedPhrases;
  private final String[] triggerClasses;

  private NameLexicon(Map<String, Word> words, PhraseLexicon<Integer> phrases, PhraseLexicon<Integer> minedPhrases,
      String[] triggerClasses) {
    this.words = words;
    this.phrases = phrases;
    this.minedPhrases = minedPhrases;
    this.triggerClasses = triggerClasses;
  }

  PhraseLexicon<Integer> minedPhrases() {
    return minedPhrases;
  }

  Word word(String key) {
    return words.get(key);
  }

  /**
   * The word's coarse and fine clusters in one int, for readers outside the name finder (the claim models
   * generalise over words used alike, "قصف"/"استهدف", the same way): {@code (coarse + 1) | (fine + 1) << 10},
   * 0 when the word was too rare to cluster. One lookup; read it back with {@link #coarse} and {@link #fine}.
   */
  public int clusters(String key) {
    Word w = words.get(key);
    return w == null || w.coarse < 0 ? 0 : (w.coarse + 1) | (w.fine + 1) << 10;
  }

  public static int coarse(int clusters) {
    return clusters & 0x3ff;
  }

  public static int fine(int clusters) {
    return clusters >>> 10;
  }

  PhraseLexicon<Integer> phrases() {
    return phrases;
  }

  int size() {
    return words.size();
  }

  private static volatile NameLexicon shipped;

  /** The lexicon from the shipped resources under {@code /models/ner/}, read once (it is immutable). */
  public static NameLexicon load() {
    NameLexicon l = shipped;
    if (l == null) {
      synchronized (NameLexicon.class) {
        if (shipped == null) shipped = readShipped();
        l = shipped;
      }
    }
    return l;
  }

  private static NameLexicon readShipped() {
    return build(
        readLines(NameLexicon.class.getResourceAsStream(NameModel.RESOURCE_DIR + "clusters.tsv.gz"), true),
        LexiconFile.rows(NameModel.RESOURCE_DIR + "gazetteer.tsv", 2),
        LexiconFile.rows(NameModel.RESOURCE_DIR + "triggers.tsv", 2),
        NameLexicon.class.getResource(NameModel.RESOURCE_DIR + "mined.tsv") == null ? List.of()
            : LexiconFile.rows(NameModel.RESOURCE_DIR + "mined.tsv", 2));
  }

  /**
   * The lexicon in a resources directory laid out as the shipped one ({@code clusters.tsv.gz},
   * {@code gazetteer.tsv}, {@code triggers.tsv}, and {@code mined.tsv} when {@code withMined} and it exists):
   * for training and scoring with rebuilt resources.
   */
  public static NameLexicon load(Path dir, boolean withMined) throws IOException {
    Path clusters = dir.resolve("clusters.tsv.gz");
    Path mined = dir.resolve("mined.tsv");
    return build(readLines(Files.newInputStream(clusters), true), tsv(dir.resolve("gazetteer.tsv")),
        tsv(dir.resolve("triggers.tsv")), withMined && Files.exists(mined) ? tsv(mined) : List.of());
  }

  /** This lexicon with the mined names {@code mined} (name, kind MPER/MLOC/MORG) instead of its own. */
  public NameLexicon withMined(Map<String, String> mined) {
    Map<String, Word> copy = new HashMap<>(words.size() * 2);
    words.forEach((k, w) -> {
      Word c = new Word();
      c.coarse = w.coarse;
      c.fine = w.fine;
      c.finest = w.finest;
      c.freq = w.freq;
      c.gaz = w.gaz;
      c.trigger = w.trigger;
      copy.put(k, c);
    });
    List<String[]> rows = new java.util.ArrayList<>();
    mined.forEach((name, kind) -> rows.add(new String[] {name, kind}));
    return new NameLexicon(copy, phrases, addMined(copy, rows), triggerClasses);
  }

  private static PhraseLexicon<Integer> addMined(Map<String, Word> words, List<String[]> mined) {
    PhraseLexicon<Integer> out = new PhraseLexicon<>();
    Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
    for (String[] row : mined) {
      int kind = switch (row[1]) {
        case "MPER" -> PER;
        case "MLOC" -> LOC;
        case "MORG" -> ORG;
        default -> throw new IllegalArgumentException("mined kind " + row[1]);
      };
      int tokens = markWords(row[0], kind, (key, bit) -> words.computeIfAbsent(key, k -> new Word()).mined |= bit);
      if (tokens > 1) kinds.merge(row[0], 1 << kind, (a, b) -> a | b);
    }
    kinds.forEach(out::add);
    return out;
  }

  /** Receives a word's key and the bit of its name kind and position in the name. */
  private interface WordMark {
    void mark(String key, int bit);
  }

  /**
   * Marks each word of a listed name with the bit of its kind and its position in the name (whole,
   * first, middle, last); returns the name's token count, 0 when it has no word (nothing marked).
   */
  private static int markWords(String name, int kind, WordMark mark) {
    Tokens t = Tokenizer.tokenize(name);
    int n = 0;
    for (int i = 0; i < t.size(); i++) if (t.isWord(i)) n++;
    if (n == 0) return 0;
    int seen = 0;
    for (int i = 0; i < t.size(); i++) {
      if (!t.isWord(i)) continue;
      int pos = n == 1 ? WHOLE : seen == 0 ? FIRST : seen == n - 1 ? LAST : MID;
      mark.mark(t.key(i), 1 << (kind * 4 + pos));
      seen++;
    }
    return t.size();
  }

  private static List<String[]> tsv(Path p) throws IOException {
    return readLines(Files.newInputStream(p), false);
  }

  static List<String[]> readLines(InputStream in, boolean gz) {
    if (in == null) throw new IllegalStateException("missing name-finder resource");
    List<String[]> out = new java.util.ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(gz ? new GZIPInputStream(in, 1 << 16) : in,
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static NameLexicon build(List<String[]> clusters, List<String[]> gazetteer, List<String[]> triggers,
      List<String[]> mined) {
    Map<String, Word> words = new HashMap<>(clusters.size() * 2);
    for (String[] row : clusters) {
      Word w = words.computeIfAbsent(row[0], k -> new Word());
      w.coarse = Integer.parseInt(row[1]);
      w.fine = Integer.parseInt(row[2]);
      w.freq = Integer.parseInt(row[3]);
      if (row.length > 4) w.finest = Integer.parseInt(row[4]);
    }
    Map<String, Integer> phraseKinds = new java.util.LinkedHashMap<>();
    for (String[] row : gazetteer) {
      int kind = switch (row[1]) {
        case "PER" -> PER;
        case "LOC" -> LOC;
        case "ORG" -> ORG;
        case "GEO" -> GEO;
        default -> throw new IllegalArgumentException("gazetteer kind " + row[1]);
      };
      int tokens = markWords(row[0], kind, (key, bit) -> words.computeIfAbsent(key, k -> new Word()).gaz |= bit);
      if (tokens > 1) phraseKinds.merge(row[0], 1 << kind, (a, b) -> a | b);
    }
    PhraseLexicon<Integer> phrases = new PhraseLexicon<>();
    phraseKinds.forEach(phrases::add);
    Map<String, Integer> classes = new HashMap<>();
    for (String[] row : triggers) {
      int c = classes.computeIfAbsent(row[1], k -> classes.size() + 1);
      Tokens t = Tokenizer.tokenize(row[0]);
      if (t.size() != 1) continue;
      words.computeIfAbsent(t.key(0), k -> new Word()).trigger = c;
    }
    String[] names = new String[classes.size() + 1];
    classes.forEach((k, v) -> names[v] = k);
    return new NameLexicon(words, phrases, addMined(words, mined), names);
  }
}
