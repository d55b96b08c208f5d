package org.isnad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon resource: UTF-8, tab-separated; lines starting with {@code #} are the header (what a
 * row means, where its facts come from) and are skipped, as are blank lines. Missing trailing columns
 * read as empty strings.
 */
public final class LexiconFile {
  private LexiconFile() {}

  /** Rows of the classpath resource {@code name} (e.g. {@code "/lexicon/descriptors.tsv"}), each with at least {@code columns} cells. */
  public static List<String[]> rows(String name, int columns) {
    InputStream in = LexiconFile.class.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("missing lexicon resource " + name);
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (cells.length < columns) {
          String[] padded = new String[columns];
          for (int i = 0; i < columns; i++) padded[i] = i < cells.length ? cells[i].strip() : "";
          cells = padded;
        } else {
          for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading lexicon " + name, e);
    }
    return out;
  }
}
