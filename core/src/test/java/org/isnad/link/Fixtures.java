package org.isnad.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;

/**
 * Real articles for the linking tests: {@code /link/ant-cross-outlet.jsonl} holds seven whole articles of
 * the ANT corpus v2.1 (Chouigui et al., Apache-2.0; ../shared/data/news/ant-multisource-2018.jsonl.gz),
 * copied unchanged: FR-middleEast-211-20180402 and SK-middleEast-731-20180402 (France 24 and Sky News
 * Arabia carrying the same AFP paragraphs on the Douma evacuation, with edits), BB-middleEast-316-20180409
 * and SK-middleEast-876-20180409 (BBC and Sky on the strike on the T4 airbase), and
 * BB-middleEast-308-20180408, FR-internationalNews-627-20180408, AL-internationalNews-836-20180408 (three
 * outlets' death tolls of the Douma chemical attack).
 */
final class Fixtures {
  private Fixtures() {}

  static Map<String, Article> articles() {
    Map<String, Article> out = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Fixtures.class.getResourceAsStream("/link/ant-cross-outlet.jsonl"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode j = json.readTree(line);
        String id = j.get("id").asText();
        out.put(id, new Article(id, "ant#" + id, j.get("outlet").asText(), j.get("url").asText(),
            j.get("published").asText(), null, j.get("title").asText(), j.get("text").asText(), List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An article holding only {@code text}, for cases built from single real sentences. */
  static Article article(String id, String outlet, String published, String text) {
    return new Article(id, "test#" + id, outlet, null, published, null, null, text, List.of());
  }

  /** Offset of {@code fragment} in {@code a}'s text (it must occur). */
  static int at(Article a, String fragment) {
    int i = a.text().indexOf(fragment);
    if (i < 0) throw new IllegalArgumentException("not in " + a.id() + ": " + fragment);
    return i;
  }
}
