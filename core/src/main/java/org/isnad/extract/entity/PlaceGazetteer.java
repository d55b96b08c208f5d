package org.isnad.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * Places with coordinates: the curated places of Syrian-war reporting ({@code lexicon/places.tsv}), the
 * GeoNames towns of 15,000+ people that have Arabic names ({@code lexicon/places-geonames.tsv}, CC BY 4.0)
 * and countries ({@code lexicon/countries.tsv}). Answers {@link #place(String)} for any id and lists the
 * names that may be matched in text ({@link #names()}).
 *
 * <p>Not every GeoNames name is matched: worldwide, thousands of town names are also Arabic words or
 * first names ("الخميس", "جمال"). A GeoNames row may match text when it is in the Arab world, Turkey or
 * Iran, or is a city of 500,000+ (other places, such as Geneva or Sochi, are curated); its one-word names need three letters or more, and names in
 * {@code lexicon/place-names-blocked.tsv} never match (mode {@code never}) or need a place word before
 * them (mode {@code cue}). When several places share a name, the curated row wins, then Syria, then its
 * neighbours, then the rest of the region, then the larger population.
 */
public final class PlaceGazetteer {
  /** A name that may be matched in text, the place it names, whether it needs a cue, and its rank among places sharing it. */
  public record PlaceName(String name, String id, byte context, long rank) {}

  private static final Set<String> SYRIA = Set.of("SY");
  private static final Set<String> NEIGHBOURS = Set.of("IQ", "LB", "JO", "TR", "IL", "PS");
  private static final Set<String> REGION = Set.of("YE", "LY", "EG", "SA", "AE", "QA", "KW", "BH", "OM", "IR", "SD",
      "TN", "DZ", "MA", "MR", "SO", "DJ", "KM");
  private static final long CURATED = 5_000_000_000_000L;

  private final Map<String, GeoPlace> places;
  private final List<PlaceName> names;

  private PlaceGazetteer(Map<String, GeoPlace> places, List<PlaceName> names) {
    this.places = places;
    this.names = names;
  }

  public static PlaceGazetteer load() {
    Map<String, GeoPlace> places = new HashMap<>(16_384);
    List<PlaceName> names = new ArrayList<>(16_384);
    Map<String, Byte> blocked = new HashMap<>();
    for (String[] r : LexiconFile.rows("/lexicon/place-names-blocked.tsv", 2)) {
      blocked.put(ArabicNormalizer.normalize(r[0]), context(r[1]));
    }
    for (String[] r : LexiconFile.rows("/lexicon/places-geonames.tsv", 9)) {
      String id = r[0];
      String cc = r[5];
      long pop = parseLong(r[7]);
      String[] ar = r[2].split("\\|");
      places.put(id, new GeoPlace(id, ar[0], parse(r[3]), parse(r[4]), cc, r[6], "town"));
      int tier = SYRIA.contains(cc) ? 3 : NEIGHBOURS.contains(cc) ? 2 : REGION.contains(cc) ? 1 : 0;
      if (tier == 0 && pop < 500_000) continue;
      long rank = tier * 1_000_000_000_000L + pop;
      for (String n : ar) {
        String norm = ArabicNormalizer.normalize(n);
        Byte mode = blocked.get(norm);
        if (mode != null && mode < 0) continue;
        if (norm.indexOf(' ') < 0 && letters(norm) < 3) continue;
        names.add(new PlaceName(n, id, mode == null ? EntityLexicon.ANY : mode, rank));
      }
    }
    for (String[] r : LexiconFile.rows("/lexicon/countries.tsv", 6)) {
      places.put(r[0], new GeoPlace(r[0], r[1], parse(r[3]), parse(r[4]), r[5], "", "country"));
      names.add(new PlaceName(r[1], r[0], EntityLexicon.ANY, CURATED));
      for (String a : split(r[2])) names.add(new PlaceName(a, r[0], EntityLexicon.ANY, CURATED));
    }
    Set<String> curated = new java.util.HashSet<>();
    for (String[] r : LexiconFile.rows("/lexicon/places.tsv", 9)) {
      // a place may have several rows (names needing different contexts); the first gives its label
      if (curated.add(r[0])) places.put(r[0], new GeoPlace(r[0], r[1], parse(r[3]), parse(r[4]), r[5], r[6], r[7]));
      byte mode = context(r[8]);
      names.add(new PlaceName(r[1], r[0], mode, CURATED));
      for (String a : split(r[2])) names.add(new PlaceName(a, r[0], mode, CURATED));
    }
    return new PlaceGazetteer(places, Collections.unmodifiableList(names));
  }

  /** The place with this id (a {@code place.*} id or a country id), or {@code null}. */
  public GeoPlace place(String id) {
    return id == null ? null : places.get(id);
  }

  /** Every matchable name with its place; the lexicon keeps, per name, the highest rank. */
  public List<PlaceName> names() {
    return names;
  }

  public int size() {
    return places.size();
  }

  /** A context column: {@code any}, {@code cue}, {@code prep}; {@code never} is -1. */
  private static byte context(String mode) {
    switch (mode) {
      case "never": return -1;
      case "cue": return EntityLexicon.CUE;
      case "prep": return EntityLexicon.PREP;
      default: return EntityLexicon.ANY;
    }
  }

  static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null || cell.isEmpty()) return out;
    for (String s : cell.split("\\|")) {
      String x = s.strip();
      if (!x.isEmpty()) out.add(x);
    }
    return out;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) != ' ') n++;
    return n;
  }

  private static Double parse(String s) {
    return s == null || s.isEmpty() ? null : Double.valueOf(s);
  }

  private static long parseLong(String s) {
    return s == null || s.isEmpty() ? 0 : Long.parseLong(s);
  }
}
