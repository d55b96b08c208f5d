package org.isnad.app.search;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a parsed query may cost, counted on its tree in the text field (each word is also looked for in
 * the title): terms, and multi-term queries (fuzzy, wildcard, prefix, regexp, range), each of which
 * expands against the index and, above all, in the highlighter.
 * A 500-character query of fuzzy words took seconds to highlight; these caps keep a query well under one.
 */
public record QueryCost(int terms, int multiTerms, int twoEdits) {
  /** Longest query read; a longer one is cut here. */
  public static final int MAX_CHARS = 500;
  /** Most terms in one query (after analysis), multi-term queries included. */
  public static final int MAX_TERMS = 64;
  /** Most fuzzy, wildcard, prefix, regexp or range terms in one query. */
  public static final int MAX_MULTI_TERMS = 8;
  /**
   * Most fuzzy words of two edits ({@code word~2}); {@code word~} is one edit. Their automata take
   * 10-20 ms each to build, against 2 ms for one edit.
   */
  public static final int MAX_TWO_EDITS = 2;

  /** A query over the caps: the message says which, for the user. */
  public static final class TooCostly extends IllegalArgumentException {
    TooCostly(String message) {
      super(message);
    }
  }

  static QueryCost of(Query q) {
    int[] n = {0, 0, 0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) if (t.field().equals(SearchIndex.TEXT)) n[0]++;
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        if (!field.equals(SearchIndex.TEXT)) return;
        n[0]++;
        n[1]++;
        if (query instanceof FuzzyQuery f && f.getMaxEdits() > 1) n[2]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return new QueryCost(n[0], n[1], n[2]);
  }

  /** Throws {@link TooCostly} when over a cap. */
  QueryCost check() {
    if (multiTerms > MAX_MULTI_TERMS) {
      throw new TooCostly("query has " + multiTerms + " fuzzy, wildcard or range words; at most " + MAX_MULTI_TERMS);
    }
    if (twoEdits > MAX_TWO_EDITS) {
      throw new TooCostly("query has " + twoEdits + " fuzzy words of two edits (~2); at most " + MAX_TWO_EDITS);
    }
    if (terms > MAX_TERMS) throw new TooCostly("query has " + terms + " words; at most " + MAX_TERMS);
    return this;
  }
}
