package org.isnad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/**
 * One sentence of a CoNLL file ({@code word TAG} per line, IOB2, blank line between sentences), as the
 * name finder sees it: the words joined by spaces and tokenised with the project's {@link Tokenizer}, so
 * training and evaluation use exactly the features tagging real text does. A word the tokenizer splits
 * ("(د" → "(" "د") maps each of its tokens back to it.
 *
 * <p>Tags: PERS/PER → PER, LOC, ORG; MISC (and any other type) is read as O: the tagger finds PER, LOC
 * and ORG only (the types Isnad's mentions use), and evaluation drops MISC from gold and output alike.
 *
 * @param words the CoNLL words
 * @param gold gold names over words
 * @param tokens the tokens of the words joined by single spaces
 * @param wordOf for each token, the word it belongs to
 */
public record ConllSentence(String[] words, List<Chunk> gold, Tokens tokens, int[] wordOf) {
  /** A name over words {@code [start, end)} of type 0 PER, 1 LOC, 2 ORG. */
  public record Chunk(int start, int end, int type) {}

  /** Type index of a CoNLL type name, or -1 for MISC and anything else. */
  static int typeOf(String name) {
    return switch (name) {
      case "PER", "PERS" -> 0;
      case "LOC" -> 1;
      case "ORG" -> 2;
      default -> -1;
    };
  }

  /** Names in an IOB2 tag sequence, CoNLL convention (an I- after O or another type starts a name). */
  static List<Chunk> chunks(String[] tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    int type = -1;
    for (int k = 0; k <= tags.length; k++) {
      String tag = k < tags.length ? tags[k] : "O";
      char bio = tag.length() > 2 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
      int ty = bio == 'O' ? -1 : typeOf(tag.substring(2));
      boolean continues = bio == 'I' && ty == type && ty >= 0;
      if (!continues && start >= 0) {
        out.add(new Chunk(start, k, type));
        start = -1;
        type = -1;
      }
      if (!continues && ty >= 0) {
        start = k;
        type = ty;
      }
    }
    return out;
  }

  static ConllSentence of(String[] words, String[] tags) {
    StringBuilder sb = new StringBuilder();
    int[] at = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      if (k > 0) sb.append(' ');
      at[k] = sb.length();
      sb.append(words[k]);
    }
    Tokens t = Tokenizer.tokenize(sb.toString());
    int[] wordOf = new int[t.size()];
    int k = 0;
    for (int i = 0; i < t.size(); i++) {
      while (k + 1 < words.length && at[k + 1] <= t.start(i)) k++;
      wordOf[i] = k;
    }
    return new ConllSentence(words, chunks(tags), t, wordOf);
  }

  /**
   * Gold labels ({@link NameModel#LABELS} indices) per token; punctuation tokens are O, so a name with
   * punctuation inside is labelled as one name per run of other tokens.
   */
  int[] goldLabels() {
    int[] y = new int[tokens.size()];
    int i = 0;
    for (Chunk c : gold) {
      while (i < y.length && wordOf[i] < c.start()) i++;
      while (i < y.length && wordOf[i] < c.end()) {
        if (tokens.kind(i) == Tokens.PUNCT) {
          i++;
          continue;
        }
        int e = i;
        while (e < y.length && wordOf[e] < c.end() && tokens.kind(e) != Tokens.PUNCT) e++;
        for (int k = i; k < e; k++) y[k] = NameModel.label(c.type(), k - i, e - i);
        i = e;
      }
    }
    return y;
  }

  /** Names over words from token labels: each token span maps to the words its first and last tokens belong to. */
  List<Chunk> toWords(int[] labels) {
    List<Chunk> out = new ArrayList<>();
    int n = tokens.size();
    int j = 0;
    while (j < n) {
      if (labels[j] == 0) {
        j++;
        continue;
      }
      int type = NameModel.type(labels[j]);
      int e = j + 1;
      while (e < n && NameModel.isInside(labels[e]) && NameModel.type(labels[e]) == type) e++;
      Chunk c = new Chunk(wordOf[j], wordOf[e - 1] + 1, type);
      if (out.isEmpty() || !out.get(out.size() - 1).equals(c)) out.add(c);
      j = e;
    }
    return out;
  }

  /** All sentences of a CoNLL file (UTF-8; the tag is the last whitespace-separated field of a line). */
  public static List<ConllSentence> read(Path file) throws IOException {
    if (file.toString().endsWith(".gz")) return read(new java.util.zip.GZIPInputStream(Files.newInputStream(file)));
    return read(Files.newInputStream(file));
  }

  /** All sentences of a CoNLL stream (UTF-8), closed when read. */
  public static List<ConllSentence> read(java.io.InputStream in) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while (true) {
        line = r.readLine();
        if (line == null || line.isBlank()) {
          if (!words.isEmpty()) {
            out.add(of(words.toArray(String[]::new), tags.toArray(String[]::new)));
            words.clear();
            tags.clear();
          }
          if (line == null) break;
          continue;
        }
        String s = line.strip();
        int sp = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\t'));
        if (sp < 0) {
          words.add(s);
          tags.add("O");
        } else {
          words.add(s.substring(0, sp).strip());
          tags.add(s.substring(sp + 1));
        }
      }
    }
    return out;
  }
}
