package org.isnad.app.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.isnad.ArticleAnalyzer;
import org.isnad.Pipeline;
import org.isnad.app.report.ReportWriter;
import org.isnad.app.search.SearchIndex;

/**
 * A data set analysed by the real pipeline from one hostile article: markup and event handlers in the
 * outlet, title and text (around a real sentence from ANT SK-middleEast-832-20180407), as a scraped
 * page might carry them.
 */
final class XssDataset {
  static final String ID = "xss-1";
  static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>";

  private XssDataset() {}

  static Path build(Path dir) throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    String title = "دوما " + PAYLOAD;
    String text = "أعلنت مصادر طبية في دوما، السبت، مقتل 47 شخصا بهجوم شنه النظام السوري بغاز الكلور. " + PAYLOAD
        + "\nوقالت المعارضة إن \"<b onmouseover=alert(1)>القصف</b>\" استمر. javascript:alert(1)";
    String line = org.isnad.io.DatasetWriter.JSON.writeValueAsString(java.util.Map.of("id", ID,
        "outlet", "<svg onload=alert(1)>", "url", "javascript:alert(1)", "published", "2018-04-07",
        "title", title, "text", text));
    Files.writeString(in.resolve("xss.jsonl"), line + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    new Pipeline(ArticleAnalyzer.load(), 1).run(List.of(in), out, p -> { }, new Pipeline.Progress() {
      @Override
      public void articles(int done) {}

      @Override
      public void stage(String name) {}
    });
    appendHostileRecords(out);
    ReportWriter.write(out);
    SearchIndex.build(out);
    return out;
  }

  static final String RAW = "xss-2";

  /**
   * Whatever the cleaner keeps or drops, a second article written directly carries the payload in every
   * field a page shows: outlet, title, text, dateline, removed strings, a mention (text, entity, label),
   * a claim (sentence, actor, source chain), an event (location, outlets, contradiction values), a copied
   * passage, a story title and framing labels.
   */
  private static void appendHostileRecords(Path out) throws Exception {
    var json = org.isnad.io.DatasetWriter.JSON;
    String text = "قالت المعارضة " + PAYLOAD + " في دوما.";
    int at = text.indexOf(PAYLOAD);
    java.util.function.BiConsumer<String, Object> add = (file, row) -> {
      try {
        Files.writeString(out.resolve(file), json.writeValueAsString(row) + "\n", StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    Map<String, Object> art = new java.util.LinkedHashMap<>();
    art.put("id", RAW);
    art.put("path", PAYLOAD);
    art.put("outlet", PAYLOAD);
    art.put("url", "javascript:alert(1)");
    art.put("published", PAYLOAD);
    art.put("dateline", PAYLOAD);
    art.put("title", PAYLOAD);
    art.put("text", text);
    art.put("removed", List.of(PAYLOAD));
    add.accept("articles.jsonl", art);
    add.accept("mentions.jsonl", Map.of("article", RAW, "start", at, "end", at + PAYLOAD.length(), "text", PAYLOAD,
        "type", "ORG", "entity", "x", "label", PAYLOAD));
    Map<String, Object> ref = Map.of("text", PAYLOAD, "entity", "x");
    Map<String, Object> claim = new java.util.LinkedHashMap<>();
    claim.put("id", "c-xss");
    claim.put("article", RAW);
    claim.put("start", 0);
    claim.put("end", text.length());
    claim.put("sentence", text);
    claim.put("type", "ASSAULT");
    claim.put("actor", ref);
    claim.put("target", ref);
    claim.put("location", Map.of("text", PAYLOAD, "entity", PAYLOAD, "lat", 33.57, "lon", 36.4));
    claim.put("date", PAYLOAD);
    claim.put("quantities", List.of());
    claim.put("source", Map.of("text", PAYLOAD, "entity", PAYLOAD, "chain", List.of(ref, ref)));
    claim.put("hedged", true);
    claim.put("event", "e-xss");
    add.accept("claims.jsonl", claim);
    add.accept("events.jsonl", Map.of("id", "e-xss", "type", "ASSAULT", "date", PAYLOAD,
        "location", Map.of("text", PAYLOAD, "entity", PAYLOAD, "lat", 33.57, "lon", 36.4), "actors", List.of(ref),
        "claims", List.of("c-xss"), "articles", List.of(RAW), "outlets", List.of(PAYLOAD), "independent_sources", 1,
        "contradictions", List.of(Map.of("slot", PAYLOAD, "values", List.of(Map.of("value", PAYLOAD, "claims", List.of("c-xss")))))));
    add.accept("reuse.jsonl", Map.of("a", RAW, "b", ID, "a_start", at, "a_end", at + PAYLOAD.length(), "b_start", 0,
        "b_end", 1, "text", PAYLOAD, "similarity", 1.0));
    add.accept("stories.jsonl", Map.of("id", "s-xss", "title", PAYLOAD, "articles", List.of(RAW, ID),
        "events", List.of("e-xss")));
    Map<String, Object> pos = Map.of("axis", 0.5, "labels", Map.of("x", Map.of(PAYLOAD, 1)), "drivers", Map.of(PAYLOAD, 0.5));
    Files.writeString(out.resolve("framing.json"), json.writeValueAsString(Map.of("articles", Map.of(RAW, pos),
        "outlets", Map.of(PAYLOAD, pos), "method", PAYLOAD)), StandardCharsets.UTF_8);
  }
}
