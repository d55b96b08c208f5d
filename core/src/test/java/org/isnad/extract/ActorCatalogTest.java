package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.isnad.extract.entity.ActorCatalog;
import org.isnad.extract.entity.Descriptor;
import org.isnad.extract.entity.DescriptorLexicon;
import org.isnad.extract.entity.EntityLexicon;
import org.isnad.extract.entity.PlaceGazetteer;
import org.isnad.model.MentionType;
import org.junit.jupiter.api.Test;

/** The actor, person and descriptor resources agree with each other. */
class ActorCatalogTest {
  private static final ActorCatalog ACTORS = ActorCatalog.load();
  private static final DescriptorLexicon DESCRIPTORS = DescriptorLexicon.load();

  @Test
  void everyLinkedIdExists() {
    assertThat(EntityLexicon.unknownIds(PlaceGazetteer.load(), ACTORS, DESCRIPTORS)).isEmpty();
  }

  @Test
  void descriptorConnotationsAreFromTheDocumentedSet() {
    assertThat(DESCRIPTORS.all()).extracting(Descriptor::connotation).allMatch(Set.of("gov", "opp", "neutral")::contains);
    assertThat(DESCRIPTORS.all()).filteredOn(d -> d.entity().equals("syria.opposition.armed"))
        .extracting(Descriptor::connotation).contains("gov", "opp", "neutral");
  }

  @Test
  void mentionTextFindsItsDescriptorRow() {
    // as mentions are written in BB-middleEast-148-20180307 and AL-internationalNews-68-20140112
    assertThat(DESCRIPTORS.lookup("الإرهابيين")).extracting(Descriptor::entity, Descriptor::connotation)
        .containsExactly("syria.opposition.armed", "gov");
    assertThat(DESCRIPTORS.lookup("الثوار").connotation()).isEqualTo("opp");
    assertThat(DESCRIPTORS.lookup("نظام الاسد")).extracting(Descriptor::entity, Descriptor::connotation)
        .containsExactly("syria.government", "opp");
    assertThat(DESCRIPTORS.lookup("حزب الله")).isNull();
  }

  @Test
  void actorsHaveTypesSidesAndLabels() {
    assertThat(ACTORS.actor("syria.opposition.armed")).extracting(a -> a.label(), a -> a.type(), a -> a.side())
        .containsExactly("المعارضة السورية المسلحة", MentionType.ORG, "opposition");
    assertThat(ACTORS.actor("hts").side()).isEqualTo("jihadist");
    assertThat(ACTORS.actor("russia").type()).isEqualTo(MentionType.LOC);
    assertThat(ACTORS.actor("person.antonio-guterres")).extracting(a -> a.type(), a -> a.parent())
        .containsExactly(MentionType.PER, "un");
    assertThat(ACTORS.isSyrian("person.bashar-al-assad")).isTrue();
    assertThat(ACTORS.isSyrian("person.theresa-may")).isFalse();
  }
}
