package org.isnad.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
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
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;
import org.isnad.text.LexiconFile;

/**
 * The annotated residue lines ({@code models/residue/residue-lines.tsv}, standoff into the arabicfc and ANT
 * documents of {@code ../shared/data}; how they are labelled: {@code docs/residue-annotation-guide.md}) and the
 * project's own short lines ({@code residue-own.tsv}), with the split by document: a document whose CRC32 of
 * "source:document" is divisible by three is held out. Each line's document knows the run's {@link SiteTemplate}, gathered
 * as {@code isnad analyze} gathers it: the arabicfc documents are one run of unknown hosts, ANT is one run read by
 * {@link InputReader}, its hosts those of the articles' addresses (one per outlet).
 */
public final class ResidueDevSet {
  /**
   * An annotated line: line {@code index} of its document's non-blank lines, and its label; {@code document} knows
   * the run's template, {@code plain} does not (a document cleaned on its own).
   */
  public record Line(String source, String doc, ResidueLines.Document document, ResidueLines.Document plain, int index,
                     boolean residue) {
    public String text() {
      return document.lines.get(index);
    }

    public boolean heldOut() {
      return !source.equals("own") && ResidueDevSet.heldOut(source + ":" + doc);
    }

    /** The classifier's decision on this line, in its document. */
    public boolean predicted(ResidueLines c) {
      return c.isResidue(document, index);
    }

    /** The decision on this line when its page is cleaned alone, without the run's template. */
    public boolean predictedAlone(ResidueLines c) {
      return c.isResidue(plain, index);
    }

    /** Whether the line carries a sign of residue, without which no score drops it ({@link ResidueLines#signed}). */
    public boolean signed() {
      return ResidueLines.signed(document, index);
    }

    public double score(ResidueLines c) {
      return c.score(document, index);
    }

    List<String> features() {
      return ResidueLines.features(document, index);
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
    Map<String, RawDocument> texts = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    // the run's recurrence as `isnad analyze` gathers it (SiteTemplate#page): the arabicfc documents one run of
    // unknown host, ANT one run read as analyze reads it, hosts from the articles' addresses
    SiteTemplate.Builder afc = SiteTemplate.builder();
    SiteTemplate.Builder ant = SiteTemplate.builder();
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
        RawDocument d = new RawDocument(name, "arabicfc", null, null, null, null, text, false);
        if (wantAfc.contains(name)) texts.put("arabicfc:" + name, d);
        afc.add(d);
      }
    }
    // two ANT records have no text: skipped, as analyze skips them
    InputReader.read(List.of(data.resolve("news/ant-multisource-2018.jsonl.gz")), d -> {
      if (wantAnt.contains(d.id())) texts.put("ant:" + d.id(), d);
      ant.add(d);
    }, p -> { });
    SiteTemplate afcTemplate = afc.build();
    SiteTemplate antTemplate = ant.build();
    Map<String, Lines> documents = new HashMap<>();
    List<Line> out = new ArrayList<>();
    for (String[] r : rows) {
      String key = r[0] + ":" + r[1];
      RawDocument raw = texts.get(key);
      if (raw == null) throw new IOException("document " + key + " not found under " + data);
      String text = raw.body();
      SiteTemplate run = r[0].equals("ant") ? antTemplate : afcTemplate;
      Lines doc = documents.computeIfAbsent(key, k -> Lines.of(text).withTemplate(run, SiteTemplate.host(raw)));
      int start = Integer.parseInt(r[2]);
      int index = doc.indexAt(start);
      if (index < 0 || !doc.document.lines.get(index).equals(text.substring(start, Integer.parseInt(r[3])))) {
        throw new IOException("residue-lines.tsv: " + key + " " + r[2] + "-" + r[3] + " is not a whole line of the document");
      }
      out.add(new Line(r[0], r[1], doc.document, doc.plain, index, r[4].equals("residue")));
    }
    for (String[] r : LexiconFile.rows("/models/residue/residue-own.tsv", 2)) {
      ResidueLines.Document alone = ResidueLines.Document.alone(r[1]);
      out.add(new Line("own", "own", alone, alone, 0, r[0].equals("residue")));
    }
    return out;
  }

  /** A document's non-blank lines, trimmed, with their start offsets; {@code plain} without the run's template. */
  private record Lines(ResidueLines.Document document, ResidueLines.Document plain, int[] starts) {
    Lines withTemplate(SiteTemplate t, String host) {
      return new Lines(ResidueLines.Document.of(document.lines, t, host), plain, starts);
    }

    static Lines of(String text) {
      List<String> lines = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      int pos = 0;
      for (String line : text.split("\n", -1)) {
        // white space as the annotation tool strips it: no-break spaces too
        int lead = 0;
        int end = line.length();
        while (lead < end && space(line.charAt(lead))) lead++;
        while (end > lead && space(line.charAt(end - 1))) end--;
        if (end > lead) {
          lines.add(line.substring(lead, end));
          starts.add(pos + lead);
        }
        pos += line.length() + 1;
      }
      ResidueLines.Document d = ResidueLines.Document.of(lines);
      return new Lines(d, d, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean space(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    int indexAt(int start) {
      for (int i = 0; i < starts.length; i++) if (starts[i] == start) return i;
      return -1;
    }
  }
}
