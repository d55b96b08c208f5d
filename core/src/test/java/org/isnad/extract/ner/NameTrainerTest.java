package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.isnad.SharedData;
import org.junit.jupiter.api.Test;

/** Training is deterministic and the written model reads back to the same tagger. */
class NameTrainerTest {
  @Test
  void sameDataAndSettingsGiveTheSameModelBytes() throws Exception {
    List<ConllSentence> data = ConllSentence.read(SharedData.require("ner/anercorp/train.conll")).subList(0, 120);
    NameLexicon lexicon = NameLexicon.load();
    NameTrainer.Settings settings = new NameTrainer.Settings(16, 3, 7L, 0f, 2, 100f);
    byte[][] models = new byte[2][];
    for (int k = 0; k < 2; k++) {
      NameTrainer trainer = new NameTrainer(lexicon, settings);
      trainer.train(data, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      trainer.write(out);
      models[k] = out.toByteArray();
    }
    assertThat(models[0]).isEqualTo(models[1]);
    NameTagger back = new NameTagger(NameModel.read(new ByteArrayInputStream(models[0])), lexicon);
    // three epochs on 120 sentences fit most of them
    assertThat(NameTrainer.evaluate(back, data).f1()).isGreaterThan(0.9);
  }
}
