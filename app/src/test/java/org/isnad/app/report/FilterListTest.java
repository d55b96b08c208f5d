package org.isnad.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters read from query parameters, and the lists and coverage they select on the Douma fixture. */
class FilterListTest {
  @TempDir
  Path dir;

  private static Filter of(Map<String, String> p) {
    return Filter.of(p::get);
  }

  @Test
  void parsesValidatesAndRebuildsTheQuery() {
    Filter f = of(Map.of("from", "2018-04-01", "to", "not a date", "outlet", "سكاي نيوز", "contradicted", "1",
        "bbox", "1,2,3", "sort", "-date"));
    assertThat(f.to()).isNull();
    assertThat(f.bbox()).isNull();
    assertThat(f.query()).isEqualTo("from=2018-04-01&outlet=%D8%B3%D9%83%D8%A7%D9%8A+%D9%86%D9%8A%D9%88%D8%B2&contradicted=1&sort=-date");
    assertThat(f.sortedBy("-date").sort()).isEqualTo("date");
    assertThat(f.sortedBy("outlets").sort()).isEqualTo("outlets");
    // dates compare at the precision they have
    Filter april = of(Map.of("from", "2018-04-01", "to", "2018-04-30"));
    assertThat(april.dateIn("2018-04")).isTrue();
    assertThat(april.dateIn("2018-03-31")).isFalse();
    assertThat(april.dateIn("2018-W14")).isTrue();
    assertThat(april.dateIn(null)).isFalse();
    assertThat(Filter.NONE.dateIn(null)).isTrue();
  }

  @Test
  void listsAndCoverageOnTheFixture() throws Exception {
    try (Dataset data = Dataset.open(Fixture.copyTo(dir))) {
      Views views = new Views(data, new Links() {
        public String home() { return "/"; }
        public String story(String id) { return "/story/" + id; }
        public String actor(String id) { return "/actor/" + id; }
        public String article(String id) { return "/article/" + id; }
        public String event(String id) { return "/event/" + id; }
      });
      ListViews lists = views.lists();
      List<String> ids = lists.events(of(Map.of("contradicted", "1")), "ar").stream().map(r -> (String) r.get("id")).toList();
      assertThat(ids).containsExactly("e4", "e3");
      assertThat(lists.events(of(Map.of("actor", "russia", "sort", "date")), "en").stream().map(r -> (String) r.get("title")))
          .containsExactly("Agree: روسيا، جيش الإسلام · دوما · 2018-04-01");
      assertThat(lists.events(of(Map.of("bbox", "33.54,36.44,33.56,36.46")), "ar").stream().map(r -> (String) r.get("id")))
          .containsExactly("e3");
      assertThat(lists.claims(of(Map.of("outlet", "CNN", "type", "ASSAULT"))).stream().map(Dataset.ClaimRef::id)).isNotEmpty()
          .allSatisfy(c -> assertThat(data.article(data.claimRefs().stream().filter(r -> r.id().equals(c)).findFirst().get().article()).outlet())
              .isEqualTo("CNN"));
      List<String> actors = lists.actors(Filter.NONE).stream().map(r -> (String) r.get("id")).toList();
      assertThat(actors).contains("syria.government", "russia").noneMatch(a -> a.startsWith("place."));
      Map<String, Object> cov = Coverage.of(data, lists, "s1", "ar");
      assertThat(cov.get("oneSided")).isEqualTo(1);
      assertThat(((List<?>) cov.get("events")).stream().map(e -> (Object) ((Map<?, ?>) e).get("only")).toList())
          .containsExactly(null, null, (Object) "opp");
    }
  }
}
