package org.isnad.app.search;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-side only: beside a word that may carry a one-letter proclitic (و ف, then ب ل ك), also indexes
 * the word without it at the same position, so the query "حلب" finds "بحلب" and "وبحلب". The original
 * stays too, because the split is uncertain ("بيروت" is not ب + يروت); queries are never expanded, so a
 * query for "بيروت" matches only "بيروت". {@code ArabicStemFilter} after this one removes the article
 * forms (ال، وال، بال، لل) and suffixes.
 */
public final class ProcliticVariantFilter extends TokenFilter {
  /** Letters a stem must keep once a proclitic is removed. */
  private static final int MIN_STEM = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final ArrayDeque<String> pending = new ArrayDeque<>(2);
  private State state;

  public ProcliticVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) return false;
    int len = term.length();
    char[] b = term.buffer();
    int i = 0;
    if (len - i > MIN_STEM && (b[i] == 'و' || b[i] == 'ف')) {
      i++;
      pending.add(new String(b, i, len - i));
    }
    if (len - i > MIN_STEM && (b[i] == 'ب' || b[i] == 'ل' || b[i] == 'ك') && !(b[i] == 'ل' && b[i + 1] == 'ل')) {
      i++;
      pending.add(new String(b, i, len - i));
    }
    if (!pending.isEmpty()) state = captureState();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
