package org.isnad.link;

import org.isnad.model.Place;
import org.isnad.model.Ref;
import org.isnad.text.Tokenizer;
import org.isnad.text.Tokens;

/** Comparable keys for the slots of claims: canonical ids where resolved, else the words' lookup keys. */
final class ClaimKeys {
  private ClaimKeys() {}

  static String of(Ref r) {
    if (r == null) return null;
    if (r.entity() != null) return r.entity();
    return words(r.text());
  }

  static String of(Place p) {
    if (p == null) return null;
    if (p.entity() != null) return p.entity();
    return words(p.text());
  }

  /** The lookup keys of a phrase's words joined by spaces ("والثوار" → "ثوار"); {@code null} when it has none. */
  static String words(String text) {
    if (text == null) return null;
    Tokens t = Tokenizer.tokenize(text);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      if (!t.isWord(i) && t.kind(i) != Tokens.NUMBER) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.key(i));
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
