package org.isnad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries over tokens. A sentence ends at . ! ? ؟ … (with any closing quotes or brackets
 * that follow) and at every line break, so headings without punctuation and list lines beginning with
 * "ـ" or "-" stand alone. A full stop after a single letter is an initial ("د.", "أ.ف.ب") and does not end
 * a sentence; a full stop inside a number never reaches here (the tokenizer keeps "2.5" whole).
 *
 * <p>A run of text with no sentence end (a crawled list, a page without punctuation) is cut every
 * {@link #MAX_TOKENS} tokens, after the last punctuation mark of the second half of that stretch when it
 * has one: the claim readers' cost grows with the square of a sentence's length, so one such run would
 * make an article's cost grow with the square of its length. No sentence of the ANT corpus is longer
 * than 454 tokens.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'' || c == '›';
  }

  /** The most tokens one sentence may have. */
  public static final int MAX_TOKENS = 1000;

  public static List<Sentence> split(Tokens t) {
    String text = t.text();
    List<Sentence> out = new ArrayList<>();
    int n = t.size();
    int first = 0;
    for (int i = 0; i < n; i++) {
      boolean end = false;
      int last = i;
      if (t.kind(i) == Tokens.PUNCT && isTerminal(text.charAt(t.start(i)))) {
        boolean dot = text.charAt(t.start(i)) == '.';
        // "د." (an initial) and "جي.اف.كيه" (a dotted acronym) are not ends of sentences
        boolean initial = dot && i > first && t.kind(i - 1) == Tokens.WORD
            && t.end(i - 1) - t.start(i - 1) == 1 && t.end(i - 1) == t.start(i);
        boolean inWord = dot && i + 1 < n && t.start(i + 1) == t.end(i) && t.kind(i + 1) != Tokens.PUNCT
            && i > first && t.end(i - 1) == t.start(i);
        initial |= inWord;
        if (!initial) {
          while (last + 1 < n && t.kind(last + 1) == Tokens.PUNCT
              && (isCloser(text.charAt(t.start(last + 1))) || isTerminal(text.charAt(t.start(last + 1))))
              && !lineBreakBetween(text, t.end(last), t.start(last + 1))) {
            last++;
          }
          end = true;
        }
      }
      if (!end && (last + 1 >= n || lineBreakBetween(text, t.end(last), t.start(last + 1)))) end = true;
      if (end) {
        first = cutLong(t, first, last + 1, out);
        out.add(new Sentence(t.start(first), t.end(last), first, last + 1));
        first = last + 1;
        i = last;
      }
    }
    return out;
  }

  /** Adds the leading pieces of a sentence {@code [first, end)} longer than {@link #MAX_TOKENS}; the first token of the rest. */
  private static int cutLong(Tokens t, int first, int end, List<Sentence> out) {
    while (end - first > MAX_TOKENS) {
      int cut = first + MAX_TOKENS;
      for (int i = first + MAX_TOKENS - 1; i >= first + MAX_TOKENS / 2; i--) {
        if (t.kind(i) == Tokens.PUNCT) {
          cut = i + 1;
          break;
        }
      }
      out.add(new Sentence(t.start(first), t.end(cut - 1), first, cut));
      first = cut;
    }
    return first;
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029') return true;
    }
    return false;
  }
}
