package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.model.Claim;
import org.isnad.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A count's range is read around the quantity in its sentence, where the claim starts inside the sentence
 * (at the content after "إن"): issue 15's case, "وقال المرصد … إن أكثر من 40 مدنيا قتلوا" against "… إن 55
 * مدنيا", where a window read from the claim's start missed "أكثر من" and reported 40 against 55.
 */
class CountRangeTest {
  @Test
  void moreThanFortyIsReadFromTheQuantityInAClaimThatStartsAtItsContent() {
    // the sentence starts at 100 in its article; the claim (the content, after "إن") some 60 characters later
    String sentence = "وقال المرصد السوري لحقوق الإنسان، الذي يتخذ من بريطانيا مقرا له، إن أكثر من 40 مدنيا قتلوا في الغارات على دوما.";
    int sentenceStart = 100;
    int contentStart = sentenceStart + sentence.indexOf("أكثر");
    int qs = sentenceStart + sentence.indexOf("40");
    Quantity q = new Quantity("a#q" + qs, qs, qs + "40 مدنيا".length(), "40 مدنيا", 40, false, "مدنيا");
    Claim c = new Claim("a#c1", "a", contentStart, sentenceStart + sentence.length() - 1, sentence, "ASSAULT",
        null, null, null, null, List.of(q.id()), null, false, false, null);
    assertThat(ContradictionFinder.range(c, q)).isEqualTo(new ContradictionFinder.Count(40, 40, 60));
  }
}
