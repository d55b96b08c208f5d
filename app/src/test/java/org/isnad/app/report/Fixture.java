package org.isnad.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The hand-made test data set under {@code src/test/resources/dataset/} (seven ANT v2.1 articles on
 * Douma, April 2018, from BBC, France24, Sky News Arabia and CNN; see make_fixture.py there), copied
 * into a fresh directory so tests can write report.html and the index beside it.
 */
public final class Fixture {
  public static final String[] FILES = {"articles.jsonl", "mentions.jsonl", "quantities.jsonl", "claims.jsonl",
      "events.jsonl", "reuse.jsonl", "stories.jsonl", "framing.json"};

  private Fixture() {}

  public static Path copyTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String f : FILES) {
      try (InputStream in = Fixture.class.getResourceAsStream("/dataset/" + f)) {
        Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }
}
