package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.isnad.extract.entity.GeoPlace;
import org.isnad.extract.entity.PlaceGazetteer;
import org.isnad.text.LexiconFile;
import org.junit.jupiter.api.Test;

/** The shipped place resources: coordinates where they belong, ids that resolve. */
class PlaceGazetteerTest {
  private static final PlaceGazetteer PLACES = PlaceGazetteer.load();

  @Test
  void curatedSyrianPlacesLieInSyria() {
    Set<String> seen = new HashSet<>();
    for (String[] r : LexiconFile.rows("/lexicon/places.tsv", 9)) {
      if (!seen.add(r[0]) || !"SY".equals(r[5]) || r[3].isEmpty()) continue;
      double lat = Double.parseDouble(r[3]);
      double lon = Double.parseDouble(r[4]);
      // Syria's bounding box, with the Golan
      assertThat(lat).as(r[0]).isBetween(32.3, 37.4);
      assertThat(lon).as(r[0]).isBetween(35.5, 42.5);
    }
    assertThat(seen).hasSizeGreaterThan(150);
  }

  @Test
  void wellKnownPlacesResolveWithCoordinates() {
    GeoPlace douma = PLACES.place("place.douma");
    assertThat(douma.label()).isEqualTo("دوما");
    assertThat(douma.lat()).isBetween(33.55, 33.60);
    GeoPlace ghouta = PLACES.place("place.ghouta.east");
    assertThat(ghouta).extracting(GeoPlace::label, GeoPlace::country, GeoPlace::kind)
        .containsExactly("الغوطة الشرقية", "SY", "region");
    assertThat(PLACES.place("place.hmeimim").lon()).isBetween(35.9, 36.0);
    assertThat(PLACES.place("syria")).extracting(GeoPlace::kind).isEqualTo("country");
    assertThat(PLACES.place("place.beirut").country()).isEqualTo("LB");
    assertThat(PLACES.place("place.washington-dc").lat()).isBetween(38.8, 39.0);
  }

  @Test
  void blockedNamesAreNotMatchedAlone() {
    // "الخميس" (Thursday) is a town in Algeria in GeoNames; it must never be a place name
    assertThat(PLACES.names()).noneMatch(n -> n.name().equals("الخميس"));
  }
}
