package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.SharedData;
import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Whitespace;
import org.junit.jupiter.api.Test;

/**
 * The four dev pages of {@code ../shared/data/pages/} (public extraction test suites, with {@code gold.json})
 * read and cleaned as {@code ./isnad analyze} does: issue 18's targets, checked as the scorer
 * ({@code ../shared/tools/score_pages.py}) checks them. Skipped when the data is absent.
 */
class DevPagesTest {
  @Test
  void allEmittedTitlesExactDatesRightEveryKeepSnippetKeptAndNineTenthsOfTheDropSnippetsDropped() throws IOException {
    Path dir = SharedData.require("pages/gold.json").getParent();
    JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
    ArticleCleaner cleaner = ArticleCleaner.load();
    int drop = 0;
    int dropTotal = 0;
    for (JsonNode g : gold) {
      List<String> problems = new ArrayList<>();
      List<RawDocument> docs = InputReader.readAll(List.of(dir.resolve(g.get("input").asText())),
          p -> problems.add(p.toString()));
      assertThat(problems).as(g.get("file").asText()).isEmpty();
      Article a = cleaner.clean(docs.get(0));
      String name = g.get("file").asText();
      assertThat(Whitespace.collapse(a.title())).as(name).isEqualTo(Whitespace.collapse(g.get("title").asText()));
      assertThat(a.published()).as(name).isEqualTo(g.get("date").asText());
      String text = norm(a.text());
      for (JsonNode s : g.get("must_contain")) assertThat(text).as(name).contains(norm(s.asText()));
      for (JsonNode s : g.get("must_not_contain")) {
        dropTotal++;
        if (!text.contains(norm(s.asText()))) drop++;
      }
    }
    System.out.println("dev pages: must-drop snippets dropped " + drop + "/" + dropTotal);
    assertThat((double) drop / dropTotal).isGreaterThanOrEqualTo(0.9);
  }

  /** Close to the scorer's norm: matching form, ta marbuta as ha, spaces collapsed. */
  private static String norm(String s) {
    return Whitespace.collapse(ArabicNormalizer.normalize(s).replace('ة', 'ه').replace("©", ""));
  }
}
