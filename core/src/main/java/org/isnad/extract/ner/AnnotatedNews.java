package org.isnad.extract.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Names annotated in news articles, kept as standoff so that no article text is copied into the
 * repository: each row points at one sentence of one article of a JSON-lines news file (by the
 * article's {@code id} and a character range of its {@code text}) and lists the names in it by character
 * range and type. Read back against the news file, the rows become training or evaluation sentences.
 *
 * <p>Rows: {@code article <TAB> start <TAB> end <TAB> crc32 <TAB> names}, where {@code start, end} are
 * UTF-16 offsets into the article's text, {@code crc32} is the hex CRC-32 of the sentence's UTF-8 bytes
 * (so a different version of the news file is caught, not silently misread), and {@code names} is a
 * space-separated list of {@code from-to:TYPE} with offsets relative to {@code start} and TYPE one of
 * PERS, LOC, ORG (empty when the sentence has no name). {@code #} lines are comments.
 */
public final class AnnotatedNews {
  private AnnotatedNews() {}

  /**
   * Labelled sentences from {@code file}: standoff annotations read against {@code news} when it ends in
   * {@code .tsv}, CoNLL otherwise.
   */
  public static List<ConllSentence> readLabelled(Path file, Path news) throws IOException {
    if (!file.toString().endsWith(".tsv")) return ConllSentence.read(file);
    if (news == null) throw new IOException(file + ": standoff annotations need the news file they point into (--news)");
    return read(file, news);
  }

  private record Row(int line, String article, int start, int end, String crc, int[] from, int[] to, String[] type) {}

  /** The annotated sentences of {@code annotations}, in file order, their text read from {@code news}. */
  public static List<ConllSentence> read(Path annotations, Path news) throws IOException {
    List<Row> rows = parse(annotations);
    List<NewsSentences.Pointer> at = new ArrayList<>(rows.size());
    for (Row r : rows) at.add(new NewsSentences.Pointer(r.line(), r.article(), r.start(), r.end(), r.crc()));
    ConllSentence[] out = new ConllSentence[rows.size()];
    NewsSentences.read(annotations, news, at, (k, text) -> out[k] = sentence(text, rows.get(k)));
    return List.of(out);
  }

  /** The sentence split into words at white space and at name edges, each word tagged IOB2. */
  private static ConllSentence sentence(String text, Row r) {
    boolean[] edge = new boolean[r.end() - r.start() + 1];
    for (int n = 0; n < r.from().length; n++) edge[r.from()[n]] = edge[r.to()[n]] = true;
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i = r.start(); i < r.end(); ) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < r.end() && !Character.isWhitespace(text.charAt(j)) && !edge[j - r.start()]) j++;
      words.add(text.substring(i, j));
      tags.add(tag(r, i - r.start()));
      i = j;
    }
    return ConllSentence.of(words.toArray(String[]::new), tags.toArray(String[]::new));
  }

  /** The IOB2 tag of a word starting at {@code offset}. */
  private static String tag(Row r, int offset) {
    for (int n = 0; n < r.from().length; n++) {
      if (r.from()[n] <= offset && offset < r.to()[n]) return (r.from()[n] == offset ? "B-" : "I-") + r.type()[n];
    }
    return "O";
  }

  private static List<Row> parse(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int ln = 1; ln <= lines.size(); ln++) {
      String line = lines.get(ln - 1);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      try {
        if (c.length != 5) throw new IllegalArgumentException("expected 5 tab-separated cells, found " + c.length);
        int start = Integer.parseInt(c[1]);
        int end = Integer.parseInt(c[2]);
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad sentence range " + start + "-" + end);
        String[] names = c[4].isBlank() ? new String[0] : c[4].trim().split(" ");
        int[] from = new int[names.length];
        int[] to = new int[names.length];
        String[] type = new String[names.length];
        for (int n = 0; n < names.length; n++) {
          int dash = names[n].indexOf('-');
          int colon = names[n].indexOf(':');
          if (dash < 0 || colon < dash) throw new IllegalArgumentException("bad name " + names[n]);
          from[n] = Integer.parseInt(names[n].substring(0, dash));
          to[n] = Integer.parseInt(names[n].substring(dash + 1, colon));
          type[n] = names[n].substring(colon + 1);
          if (from[n] < 0 || to[n] <= from[n] || to[n] > end - start || ConllSentence.typeOf(type[n]) < 0) {
            throw new IllegalArgumentException("bad name " + names[n]);
          }
        }
        rows.add(new Row(ln, c[0], start, end, c[3], from, to, type));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ":" + ln + ": " + e.getMessage());
      }
    }
    return rows;
  }

  /** Hex CRC-32 of the UTF-8 bytes of {@code s} (see {@link NewsSentences#crc}). */
  static String crc(String s) {
    return NewsSentences.crc(s);
  }
}
