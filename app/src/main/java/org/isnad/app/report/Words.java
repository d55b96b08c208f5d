package org.isnad.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The UI's own words in Arabic and English ({@code i18n/words.tsv}): the pages' headings, labels and
 * buttons, never the data's text. Arabic is the default; {@code en} gives English.
 */
public final class Words {
  private static final Map<String, String> AR = new HashMap<>(), EN = new HashMap<>();

  static {
    try (InputStream in = Words.class.getResourceAsStream("/i18n/words.tsv")) {
      if (in == null) throw new IOException("i18n/words.tsv is missing from the classpath");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t");
        if (f.length != 3) throw new IOException("i18n/words.tsv: not three columns: " + line);
        AR.put(f[0], f[1]);
        EN.put(f[0], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Words() {}

  /** {@code en} for English; anything else is Arabic. */
  public static String lang(String asked) {
    return "en".equals(asked) ? "en" : "ar";
  }

  public static Map<String, String> of(String lang) {
    return Collections.unmodifiableMap("en".equals(lang) ? EN : AR);
  }
}
