package org.isnad.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.isnad.text.LexiconFile;

/**
 * The annotated residue lines ({@code models/residue/residue-lines.tsv}, standoff into the arabicfc and ANT
 * documents of {@code ../shared/data}) and the project's own short lines ({@code residue-own.tsv}), with the
 * split by document: a document whose CRC32 of "source:document" is divisible by three is held out.
 */
public final class ResidueDevSet {
  /** An annotated line: its text, its place among the document's lines ({@code index} -1: none), its label. */
  public record Line(String source, String doc, String text, int index, int count, boolean residue) {
    public boolean heldOut() {
      return !source.equals("own") && ResidueDevSet.heldOut(source + ":" + doc);
    }
  }

  private ResidueDevSet() {}

  static boolean heldOut(String key) {
    CRC32 c = new CRC32();
    c.update(key.getBytes(StandardCharsets.UTF_8));
    return c.getValue() % 3 == 0;
  }

  /** Every annotated line, read from the documents under {@code data} (../shared/data), then the own lines. */
  public static List<Line> load(Path data) throws IOException {
    List<String[]> rows = LexiconFile.rows("/models/residue/residue-lines.tsv", 5);
    Set<String> wantAfc = new HashSet<>();
    Set<String> wantAnt = new HashSet<>();
    for (String[] r : rows) (r[0].equals("ant") ? wantAnt : wantAfc).add(r[1]);
    Map<String, String> texts = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(data.resolve("stance/arabicfc/pairs.jsonl"), StandardCharsets.UTF_8)) {
      String l;
      Set<String> seen = new HashSet<>();
      Map<String, Integer> rank = new HashMap<>();
      while ((l = r.readLine()) != null) {
        if (l.isBlank()) continue;
        JsonNode n = json.readTree(l);
        String text = n.path("hypothesis").asText();
        if (!seen.add(text)) continue;
        // a document is named by the first pair that carries it, and its rank among that uid's documents
        String uid = n.path("uid").asText();
        String name = uid + "#" + rank.merge(uid, 1, Integer::sum);
        if (wantAfc.contains(name)) texts.put("arabicfc:" + name, text);
      }
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(data.resolve("news/ant-multisource-2018.jsonl.gz"))), StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        JsonNode n = json.readTree(l);
        String id = n.path("id").asText();
        if (wantAnt.contains(id)) texts.put("ant:" + id, n.path("text").asText());
      }
    }
    List<Line> out = new ArrayList<>();
    for (String[] r : rows) {
      String text = texts.get(r[0] + ":" + r[1]);
      if (text == null) throw new IOException("document " + r[0] + ":" + r[1] + " not found under " + data);
      int start = Integer.parseInt(r[2]);
      int end = Integer.parseInt(r[3]);
      int[] place = place(text, start);
      out.add(new Line(r[0], r[1], text.substring(start, end), place[0], place[1], r[4].equals("residue")));
    }
    for (String[] r : LexiconFile.rows("/models/residue/residue-own.tsv", 2)) {
      out.add(new Line("own", "own", r[1], -1, 0, r[0].equals("residue")));
    }
    return out;
  }

  /** The index of the non-blank line holding {@code offset} and the number of non-blank lines. */
  private static int[] place(String text, int offset) {
    int index = -1;
    int count = 0;
    int pos = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        if (offset >= pos && offset <= pos + line.length()) index = count;
        count++;
      }
      pos += line.length() + 1;
    }
    return new int[] {index, count};
  }
}
