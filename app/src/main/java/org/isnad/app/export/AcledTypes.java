package org.isnad.app.export;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/** PLOVER type to ACLED event type and sub-event type, from {@code lexicon/acled-types.tsv}. */
final class AcledTypes {
  /** One row of the mapping; {@code eventType} is null for a type ACLED does not code. */
  record Row(int index, String plover, List<String> cues, String eventType, String subEventType) {}

  private final List<Row> rows = new ArrayList<>();

  AcledTypes() {
    for (String[] r : LexiconFile.rows("/lexicon/acled-types.tsv", 4)) {
      List<String> cues = new ArrayList<>();
      for (String c : r[1].split("\\|")) if (!c.isBlank()) cues.add(ArabicNormalizer.normalize(c.strip()));
      rows.add(new Row(rows.size(), r[0], List.copyOf(cues), "-".equals(r[2]) ? null : r[2], r[3].isEmpty() ? null : r[3]));
    }
  }

  int size() {
    return rows.size();
  }

  Row row(int index) {
    return rows.get(index);
  }

  /** The first row of {@code type} whose cues the sentence holds, else its row without cues; null when none. */
  Row match(String type, String sentence) {
    String norm = sentence == null ? "" : ArabicNormalizer.normalize(sentence);
    for (Row r : rows) {
      if (!r.plover().equals(type)) continue;
      if (r.cues().isEmpty()) return r;
      for (String c : r.cues()) if (norm.contains(c)) return r;
    }
    return null;
  }
}
