package org.isnad.extract.ner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The sentences that standoff annotations point to in a JSON-lines news file: each row names an article
 * by {@code id}, a UTF-16 range of its {@code text} and the CRC-32 of that sentence, so that no news text
 * is copied into the repository and another version of the news is caught rather than misread. Shared by
 * the name annotations ({@link AnnotatedNews}) and the claim annotations.
 */
public final class NewsSentences {
  private NewsSentences() {}

  /** Where one annotation row points: its line in the annotation file, the article and the sentence. */
  public record Pointer(int line, String article, int start, int end, String crc) {}

  /** Receives the {@code k}-th row with the whole text of its article. */
  public interface Reader {
    void accept(int k, String articleText) throws IOException;
  }

  /**
   * Reads {@code news} once and hands each row, checked against its sentence's CRC-32, to {@code reader}
   * with its article's text. A row whose sentence differs, or whose article is missing, is an
   * {@code IOException} naming the annotation file and line.
   */
  public static void read(Path annotations, Path news, List<Pointer> rows, Reader reader) throws IOException {
    Map<String, List<Integer>> byArticle = new HashMap<>();
    for (int k = 0; k < rows.size(); k++) byArticle.computeIfAbsent(rows.get(k).article(), a -> new ArrayList<>()).add(k);
    boolean[] done = new boolean[rows.size()];
    try {
      NewsFile.forEachRecord(news, a -> {
        JsonNode id = a.get("id");
        List<Integer> mine = id == null ? null : byArticle.remove(id.asText());
        if (mine == null) return;
        String text = a.path("text").asText("");
        for (int k : mine) {
          Pointer p = rows.get(k);
          if (p.start() < 0 || p.end() > text.length() || p.start() >= p.end()
              || !p.crc().equals(crc(text.substring(p.start(), p.end())))) {
            throw new UncheckedIOException(new IOException(annotations + ":" + p.line() + ": the sentence differs in "
                + news.getFileName() + " (another version of the news?)"));
          }
          try {
            reader.accept(k, text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          done[k] = true;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (int k = 0; k < done.length; k++) {
      if (!done[k]) {
        Pointer p = rows.get(k);
        throw new IOException(annotations + ":" + p.line() + ": article " + p.article() + " is not in " + news.getFileName());
      }
    }
  }

  /** Hex CRC-32 of the UTF-8 bytes of {@code s}. */
  public static String crc(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", c.getValue());
  }
}
