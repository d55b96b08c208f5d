package org.isnad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The run's line recurrence: how a line is named, how a page's host is found, how pages are counted. */
class SiteTemplateTest {
  private static RawDocument page(String url, String outlet, String body) {
    return new RawDocument("d", "d", outlet, url, null, null, body, false);
  }

  @Test
  void aShortLineIsNamedByItsFirstWordsAProseLineByAll() {
    // a footer whose date changes after its eighth word is one line; white space and diacritics do not matter
    assertThat(SiteTemplate.hash("جميع الحقوق محفوظة لموقع المدن الإلكتروني اتصل بنا © 2018"))
        .isEqualTo(SiteTemplate.hash("جميعُ  الحقوق محفوظة لموقع\u00a0المدن الإلكتروني اتصل بنا © 2017"));
    // two market reports of Sky News Arabia (ANT) that open alike on two days are two lines
    String open = "وأنهت عقود خام القياس العالمي مزيج برنت جلسة التداول مرتفعة ";
    assertThat(SiteTemplate.hash(open + "71 سنتا، أو 0.90 بالمئة، لتبلغ عند التسوية 79.22 دولار للبرميل في تعاملات اليوم."))
        .isNotEqualTo(SiteTemplate.hash(open + "35 سنتا، أو 0.45 بالمئة، لتبلغ عند التسوية 78.10 دولار للبرميل في تعاملات اليوم."));
    assertThat(SiteTemplate.hashes("\n  \nسطر\r\nسطر\n")).hasSize(1);
  }

  @Test
  void aPagesHostIsItsAddressesElseItsOutlet() {
    assertThat(SiteTemplate.host(page("https://www.bbc.co.uk/arabic/x", "BBC", ""))).isEqualTo("bbc.co.uk");
    assertThat(SiteTemplate.host(page("http://www.alarabiya.net/ar/culture-and-art/2018/02/18/هكذا تحالفت.html", null, "")))
        .isEqualTo("alarabiya.net");
    assertThat(SiteTemplate.host(page(null, "skynews", ""))).isEqualTo("skynews");
    assertThat(SiteTemplate.host(page(null, null, ""))).isEmpty();
  }

  @Test
  void recurrenceIsCountedPerHostOncePerPage() {
    String footer = "تابعونا على تويتر";
    SiteTemplate t = SiteTemplate.builder()
        .add(page("https://a.com/1", null, footer + "\n" + footer + "\nنص أول."))
        .add(page("https://a.com/2", null, "نص ثان.\n" + footer))
        .add(page("https://b.com/1", null, footer))
        .build();
    assertThat(t.pages("a.com", footer)).isEqualTo(2);
    assertThat(t.pages("a.com", "نص أول.")).isZero(); // on one page only: not kept
    assertThat(t.pages("b.com", footer)).isZero();
    assertThat(t.contains("a.com", footer)).isFalse();
    // the Spark job's sums build the same table
    SiteTemplate summed = SiteTemplate.builder().put("a.com", SiteTemplate.hash(footer), 2).build();
    assertThat(summed.pages("a.com", footer)).isEqualTo(2);
    assertThat(summed.recurring()).isEqualTo(t.recurring()).isEqualTo(1);
  }
}
