package org.isnad.extract.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.text.ArabicNormalizer;

/**
 * Builds the name finder's gazetteer resource ({@code name, kind}) from public name lists: ANERGazet's
 * person, location and organisation lists (kinds PER, LOC, ORG) and the Arabic names of GeoNames'
 * places of 15,000+ people (kind GEO, kept apart from LOC because it is much larger and noisier), and
 * the names curated for Isnad ({@code curated-names.tsv}: clubs, companies, parties, media and bodies,
 * which ANERGazet's 400 organisations, mostly Arab newspapers, lack; and persons of the news and
 * non-Arab given names, which its 2,300 single-word, mostly Arab, person names lack). Names are written
 * in their matching form, sorted, one per kind.
 */
public final class GazetteerBuilder {
  private GazetteerBuilder() {}

  /**
   * @param anergazet directory with {@code pers.txt}, {@code loc.txt}, {@code org.txt}
   * @param geonames {@code cities15000_arabic_names.tsv} (column 4: Arabic names separated by |)
   * @param curated {@code name <TAB> kind <TAB> group} rows ({@code #} lines are comments), or null
   */
  public static void build(Path anergazet, Path geonames, Path curated, Path out) throws IOException {
    Map<String, String> rows = new TreeMap<>();
    add(rows, Files.readAllLines(anergazet.resolve("pers.txt"), StandardCharsets.UTF_8), "PER");
    add(rows, Files.readAllLines(anergazet.resolve("loc.txt"), StandardCharsets.UTF_8), "LOC");
    add(rows, Files.readAllLines(anergazet.resolve("org.txt"), StandardCharsets.UTF_8), "ORG");
    List<String> lines = Files.readAllLines(geonames, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length < 4 || cells[3].isBlank()) continue;
      for (String name : cells[3].split("\\|")) add(rows, List.of(name), "GEO");
    }
    if (curated != null) {
      for (String[] cells : NameLexicon.readLines(Files.newInputStream(curated), false)) add(rows, List.of(cells[0]), cells[1]);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# Name-finder gazetteer: name (matching form) <TAB> kind, built by GazetteerBuilder (isnad train ner --gazetteers-from DATA).");
      w.println("# PER, LOC, ORG: ANERGazet (Benajiba et al. 2007) person, location and organisation lists.");
      w.println("# GEO: Arabic names of GeoNames places with 15,000+ people (cities15000, CC BY 4.0, geonames.org).");
      if (curated != null) w.println("# And the names of " + curated.getFileName() + ", curated for Isnad.");
      for (Map.Entry<String, String> e : rows.entrySet()) {
        int tab = e.getKey().indexOf('\t');
        w.println(e.getKey().substring(0, tab) + "\t" + e.getKey().substring(tab + 1));
      }
    }
  }

  private static void add(Map<String, String> rows, List<String> names, String kind) {
    for (String raw : names) {
      String name = ArabicNormalizer.normalize(raw.strip()).replaceAll("\\s+", " ");
      boolean arabic = false;
      for (int k = 0; k < name.length() && !arabic; k++) arabic = ArabicNormalizer.isArabicLetter(name.charAt(k));
      if (!arabic || name.indexOf('\t') >= 0) continue;
      rows.put(name + "\t" + kind, kind);
    }
  }
}
