package org.isnad.app.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    ReportWriter.write(out);
    SearchIndex.build(out);
    return out;
  }
}
