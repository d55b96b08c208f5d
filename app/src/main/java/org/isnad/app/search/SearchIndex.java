package org.isnad.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.isnad.app.report.Segment;

/**
 * The Lucene index written beside a data set ({@code DIR/index/}), one document per article with
 * {@link ArabicSearchAnalyzer}; and searching it. Hits come back as {@link Segment}s (text runs with the
 * matches marked), never as HTML, so pages escape them like any other text.
 */
public final class SearchIndex implements Closeable {
  static final String ID = "id", OUTLET = "outlet", PUBLISHED = "published", TITLE = "title", TEXT = "text";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  /** One search result: the article's id and metadata, its title and best passages with the matches marked. */
  public record Hit(String id, String outlet, String published, List<Segment> title, List<List<Segment>> snippets,
                    float score) {}

  /** A page of results. */
  public record Results(String query, long total, int offset, List<Hit> hits) {}

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ArabicSearchAnalyzer queryAnalyzer = ArabicSearchAnalyzer.forQuery();
  private final ArabicSearchAnalyzer indexAnalyzer = ArabicSearchAnalyzer.forIndex();

  private SearchIndex(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  public static Path dir(Path dataDir) {
    return dataDir.resolve("index");
  }

  public static boolean exists(Path dataDir) {
    return Files.isDirectory(dir(dataDir)) && DirectoryReaderCheck.ok(dir(dataDir));
  }

  /** (Re)writes {@code DIR/index/} from {@code DIR/articles.jsonl}, streaming. */
  public static void build(Path dataDir) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(ArabicSearchAnalyzer.forIndex())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
    try (FSDirectory dir = FSDirectory.open(dir(dataDir));
         IndexWriter w = new IndexWriter(dir, cfg);
         BufferedReader in = Files.newBufferedReader(dataDir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      int bad = 0;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode a;
        try {
          a = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          bad++;
          continue;
        }
        Document d = new Document();
        d.add(new StringField(ID, a.path("id").asText(), Field.Store.YES));
        d.add(new StoredField(OUTLET, a.path("outlet").asText("")));
        d.add(new StoredField(PUBLISHED, a.path("published").asText("")));
        d.add(new Field(TITLE, a.path("title").asText(""), WITH_OFFSETS));
        d.add(new Field(TEXT, a.path("text").asText(""), WITH_OFFSETS));
        w.addDocument(d);
      }
      w.commit();
      if (bad > 0) System.err.println("isnad: index: skipped " + bad + " lines of articles.jsonl that are not JSON");
    }
  }

  public static SearchIndex open(Path dataDir) throws IOException {
    return new SearchIndex(DirectoryReader.open(FSDirectory.open(dir(dataDir))));
  }

  public int size() {
    return reader.numDocs();
  }

  /** The query as Lucene reads it: the user's syntax when it parses, otherwise the words as plain terms. */
  Query parse(String q) {
    if (q == null || q.isBlank()) return new MatchNoDocsQuery();
    if (q.length() > QueryCost.MAX_CHARS) q = q.substring(0, QueryCost.MAX_CHARS);
    QueryParser p = new FieldsParser(queryAnalyzer);
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setFuzzyMinSim(1); // "word~" is one edit ("word~2" asks for two)
    Query parsed;
    try {
      parsed = p.parse(q);
    } catch (ParseException | RuntimeException e) {
      try {
        parsed = p.parse(QueryParser.escape(q));
      } catch (ParseException e2) {
        return new MatchNoDocsQuery();
      }
    }
    QueryCost.of(parsed).check();
    return parsed;
  }

  /**
   * Words searched in title (boosted) and text; a fuzzy word in the text only, since each fuzzy word
   * builds its automata once per field, and that building is most of what such a query costs.
   */
  private static final class FieldsParser extends MultiFieldQueryParser {
    FieldsParser(ArabicSearchAnalyzer analyzer) {
      super(new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      return super.getFuzzyQuery(field == null ? TEXT : field, termStr, minSimilarity);
    }
  }

  /**
   * The query searched and marked: rewritten once against the index, so that every fuzzy word is its
   * expansion into at most 50 index terms. Left fuzzy, the highlighter built its automata again for
   * every hit and field, which made one 500-character fuzzy query cost seconds.
   */
  private Query rewritten(String q) throws IOException {
    return searcher.rewrite(parse(q));
  }

  /** A page of hits; throws {@link QueryCost.TooCostly} for a query over the caps. */
  public Results search(String q, int offset, int limit) throws IOException {
    Query query = rewritten(q);
    TopDocs top = searcher.search(query, Math.max(1, offset + limit));
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(offset, docs.length), to = Math.min(docs.length, offset + limit);
    int[] ids = new int[to - from];
    for (int i = from; i < to; i++) ids[i - from] = docs[i].doc;
    List<Hit> hits = new ArrayList<>();
    if (ids.length > 0) {
      UnifiedHighlighter snippets = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
          .withFormatter(new SegmentFormatter(false)).withMaxLength(200_000)
          .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT)).build();
      UnifiedHighlighter whole = wholeHighlighter();
      for (int i = 0; i < ids.length; i++) {
        Document d = searcher.storedFields().document(ids[i]);
        List<List<Segment>> snip = passages(snippets.highlightWithoutSearcher(TEXT, query, d.get(TEXT), 2));
        List<List<Segment>> t = passages(whole.highlightWithoutSearcher(TITLE, query, d.get(TITLE), 1));
        hits.add(new Hit(d.get(ID), emptyToNull(d.get(OUTLET)), emptyToNull(d.get(PUBLISHED)),
            t.isEmpty() ? List.of(Segment.plain(d.get(TITLE))) : t.get(0),
            snip.isEmpty() ? List.of(List.of(Segment.plain(head(d.get(TEXT))))) : snip, docs[from + i].score));
      }
    }
    return new Results(q, top.totalHits.value, offset, hits);
  }

  /**
   * The article's whole text with the query's matches marked (for the article page), or {@code null}
   * when the article is not in the index or nothing matches.
   */
  public List<Segment> highlightWhole(String articleId, String q) throws IOException {
    Query query = rewritten(q);
    BooleanQuery both = new BooleanQuery.Builder().add(new TermQuery(new Term(ID, articleId)), BooleanClause.Occur.FILTER)
        .add(query, BooleanClause.Occur.MUST).build();
    TopDocs top = searcher.search(both, 1);
    if (top.scoreDocs.length == 0) return null;
    Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
    List<List<Segment>> p = passages(wholeHighlighter().highlightWithoutSearcher(TEXT, query, d.get(TEXT), 1));
    return p == null || p.isEmpty() ? null : p.get(0);
  }

  private UnifiedHighlighter wholeHighlighter() {
    return UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer).withFormatter(new SegmentFormatter(true))
        .withBreakIterator(WholeBreakIterator::new).withMaxLength(Integer.MAX_VALUE - 1).build();
  }

  @SuppressWarnings("unchecked")
  private static List<List<Segment>> passages(Object formatted) {
    return formatted instanceof List<?> l ? (List<List<Segment>>) l : List.of();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String head(String s) {
    if (s == null) return "";
    return s.length() <= 240 ? s : s.substring(0, 240) + "…";
  }

  /** Passages as lists of {@link Segment}s: hits carry the class {@code hit}. */
  private static final class SegmentFormatter extends PassageFormatter {
    private final boolean whole;

    SegmentFormatter(boolean whole) {
      this.whole = whole;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<List<Segment>> out = new ArrayList<>();
      for (Passage p : passages) {
        List<Segment> segs = new ArrayList<>();
        int pos = p.getStartOffset();
        if (whole) pos = 0;
        int[] starts = p.getMatchStarts(), ends = p.getMatchEnds();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int s = Math.max(starts[i], pos), e = ends[i];
          // overlapping matches (a word and its proclitic-free variant) merge into one mark
          while (i + 1 < p.getNumMatches() && starts[i + 1] < e) e = Math.max(e, ends[++i]);
          if (e <= pos) continue;
          if (s > pos) segs.add(Segment.plain(content.substring(pos, s)));
          segs.add(new Segment(content.substring(s, e), "hit", null, null));
          pos = e;
        }
        int end = whole ? content.length() : p.getEndOffset();
        if (end > pos) segs.add(Segment.plain(content.substring(pos, end)));
        out.add(segs);
      }
      return out;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Whether a directory holds a readable Lucene index. */
  private static final class DirectoryReaderCheck {
    static boolean ok(Path dir) {
      try (FSDirectory d = FSDirectory.open(dir)) {
        return DirectoryReader.indexExists(d);
      } catch (IOException e) {
        return false;
      }
    }
  }
}
