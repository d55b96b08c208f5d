package org.isnad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries over tokens. A sentence ends at . ! ? ؟ … (with any closing quotes or brackets
 * that follow) and at every line break, so headings without punctuation and list lines beginning with
 * "ـ" or "-" stand alone. A full stop after a single letter is an initial ("د.", "أ.ف.ب") and does not end
 * a sentence; a full stop inside a number never reaches here (the tokenizer keeps "2.5" whole).
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'' || c == '›';
  }

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
        out.add(new Sentence(t.start(first), t.end(last), first, last + 1));
        first = last + 1;
        i = last;
      }
    }
    return out;
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029') return true;
    }
    return false;
  }
}
