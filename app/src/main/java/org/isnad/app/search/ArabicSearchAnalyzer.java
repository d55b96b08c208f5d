package org.isnad.app.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Arabic analysis for the search index: Unicode word tokens, lower-cased Latin, every kind of decimal
 * digit read as ASCII, Lucene's Arabic normalisation (diacritics, tatweel, أ إ آ → ا, ى → ي, ة → ه) and
 * light stemming (the article with و ب ك ف ل before it, and common suffixes), so "المعارضة",
 * "والمعارضة" and "للمعارضة" share one term. The index side adds {@link ProcliticVariantFilter} so that
 * bare clitics before a name ("بحلب") are found too.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
  private final boolean indexing;

  private ArabicSearchAnalyzer(boolean indexing) {
    this.indexing = indexing;
  }

  /** For writing the index (adds proclitic-free variants). */
  public static ArabicSearchAnalyzer forIndex() {
    return new ArabicSearchAnalyzer(true);
  }

  /** For parsing queries. */
  public static ArabicSearchAnalyzer forQuery() {
    return new ArabicSearchAnalyzer(false);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream ts = new LowerCaseFilter(source);
    ts = new DecimalDigitFilter(ts);
    ts = new ArabicNormalizationFilter(ts);
    if (indexing) ts = new ProcliticVariantFilter(ts);
    ts = new ArabicStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
  }
}
