package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A timestamp written in UTC is the outlet's own day: the LBCI dev page ({@code fundus-lbc-LBCGroup_2026_01_08.html},
 * Beirut, UTC+2 in January) writes {@code datePublished} and {@code itemprop} times in UTC.
 */
class OutletDayTest {
  @Test
  void utcTimestampLateInTheEveningIsTheNextDayInBeirut() {
    // the page's JSON-LD, its time moved from 11:42 to 22:42 UTC: 00:42 on 9 January in Beirut
    String late = HtmlPageTest.LBCI.replace("2026-01-08T11:42:50+00:00", "2026-01-08T22:42:50+00:00");
    assertThat(HtmlPage.parse(late, null).published()).isEqualTo("2026-01-09");
    assertThat(HtmlPage.parse(HtmlPageTest.LBCI, null).published()).isEqualTo("2026-01-08");
  }

  @Test
  void zoneByHostCountryDomainOrSiteName() {
    assertThat(OutletZones.of("https://www.lbcgroup.tv/news/lifestyle/898682/lbci-lebanon-articles/ar", null))
        .isEqualTo(ZoneId.of("Asia/Beirut"));
    assertThat(OutletZones.of("http://www.assabah.com.tn/article/164913/", "Assabah News")).isEqualTo(ZoneId.of("Africa/Tunis"));
    assertThat(OutletZones.of("https://www.bbc.com/arabic/middleeast-43000000", null)).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(OutletZones.of(null, "LBCI Lebanon")).isEqualTo(ZoneId.of("Asia/Beirut"));
    assertThat(OutletZones.of("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", null))
        .isEqualTo(ZoneId.of("Asia/Dubai"));
    assertThat(OutletZones.of("https://example.org/a", "مدونة")).isNull();
  }

  @Test
  void aTimestampIsMovedToTheZoneABareDateIsNot() {
    ZoneId tunis = ZoneId.of("Africa/Tunis");
    assertThat(PublishedDate.iso("2019-02-08T23:30:00Z", tunis)).isEqualTo("2019-02-09");
    assertThat(PublishedDate.iso("2019-02-08 23:30:00+00:00", tunis)).isEqualTo("2019-02-09");
    assertThat(PublishedDate.iso("Fri, 08 Feb 2019 23:30:00 GMT", tunis)).isEqualTo("2019-02-09");
    assertThat(PublishedDate.iso("2019-02-08T23:30:00+01:00", tunis)).isEqualTo("2019-02-08"); // written in its own offset
    assertThat(PublishedDate.iso("2019-02-08", tunis)).isEqualTo("2019-02-08");
    assertThat(PublishedDate.iso("2019-02-08T23:30:00Z", null)).isEqualTo("2019-02-08");
  }
}
