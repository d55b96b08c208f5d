package org.isnad.text;

import java.util.List;

/**
 * One article's text with its tokens and sentences: the document every extraction stage reads. Stages
 * add spans that point into {@link #text()}; nothing here copies the text.
 */
public final class Doc {
  private final String text;
  private final Tokens tokens;
  private final List<Sentence> sentences;

  private Doc(String text, Tokens tokens, List<Sentence> sentences) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
  }

  public static Doc of(String text) {
    Tokens t = Tokenizer.tokenize(text);
    return new Doc(text, t, List.copyOf(SentenceSplitter.split(t)));
  }

  public String text() {
    return text;
  }

  public Tokens tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** The sentence holding character {@code offset}, or {@code null}. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return s;
    }
    return null;
  }
}
