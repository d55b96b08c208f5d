package org.isnad.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.Claim;
import org.isnad.model.Place;
import org.isnad.model.Ref;

/** One CSV row per claim: what it says happened, who says so through whom, and where it was read. */
final class ClaimsExport {
  static final List<String> COLUMNS = List.of("claim_id", "article_id", "outlet", "published", "url", "type", "mode",
      "date", "date_basis", "actor", "actor_id", "target", "target_id", "place", "place_id", "latitude", "longitude",
      "source", "source_id", "source_chain", "quote", "event_id");

  private final ExportData data;

  ClaimsExport(ExportData data) {
    this.data = data;
  }

  int write(Path file) throws IOException {
    int[] rows = {0};
    try (CsvWriter csv = new CsvWriter(file, COLUMNS); Stream<Claim> claims = data.data.claims()) {
      claims.forEach(c -> {
        try {
          row(csv, c);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        rows[0]++;
      });
    }
    return rows[0];
  }

  private void row(CsvWriter csv, Claim c) throws IOException {
    ExportData.ArticleInfo a = data.article(c.article());
    Place p = c.location();
    csv.row(c.id(), c.article(), a.outlet(), a.published(), a.url(), c.type(), mode(c), c.date(), c.dateBasis(),
        data.name(c.actor()), entity(c.actor()), data.name(c.target()), entity(c.target()),
        p == null ? null : p.text(), p == null ? null : p.entity(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        c.source() == null ? null : c.source().text(), c.source() == null ? null : c.source().entity(),
        AcledExport.chain(a.outlet(), c.source()), c.sentence(), c.event());
  }

  /** The claim's factuality as one word: {@code negated}, {@code hedged} or {@code asserted}. */
  static String mode(Claim c) {
    return c.negated() ? "negated" : c.hedged() ? "hedged" : "asserted";
  }

  private static String entity(Ref r) {
    return r == null ? null : r.entity();
  }
}
