package org.isnad.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.isnad.link.ArticleDigest;
import org.isnad.link.CorpusLinker;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.model.Ref;
import org.isnad.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints: the digest log reads back what was logged, and a resume cuts every file back to its checkpoint. */
class BatchesTest {
  // the example's sentence (examples/douma-2018), as two outlets could print it
  private static final String TEXT = "قالت وزارة الصحة إن 5 مدنيين قتلوا في قصف على دوما يوم السبت.";

  static AnalyzedArticle article(String id, String outlet) {
    Article a = new Article(id, "in.jsonl#1", outlet, null, "2018-04-07", "دوما", "قصف على دوما", TEXT, List.of());
    Mention place = new Mention(TEXT.indexOf("دوما"), TEXT.indexOf("دوما") + 4, "دوما", MentionType.LOC, "douma", null);
    Quantity five = new Quantity(id + "#q20", 20, 29, "5 مدنيين", 5, false, "مدنيين");
    Claim c = new Claim(id + "#c0", id, 0, TEXT.length(), TEXT, "ASSAULT", null, new Ref("مدنيين", null),
        new Place("دوما", "douma", 33.57, 36.4), "2018-04-07", List.of(five.id()),
        Source.of("وزارة الصحة", null), false, false, null);
    return new AnalyzedArticle(a, List.of(place), List.of(five), List.of(c));
  }

  @Test
  void theDigestLogReadsBackWhatLinkingNeeds(@TempDir Path dir) throws Exception {
    List<ArticleDigest> logged = List.of(CorpusLinker.digest(article("a1", "عنب بلدي")),
        CorpusLinker.digest(article("a2", "الجزيرة")));
    try (DigestLog log = new DigestLog(dir.resolve("d.bin"))) {
      for (ArticleDigest d : logged) log.append(d);
      log.sync();
    }
    List<ArticleDigest> read = DigestLog.read(dir.resolve("d.bin"), 2);
    CorpusLinker before = new CorpusLinker();
    CorpusLinker after = new CorpusLinker();
    for (int i = 0; i < 2; i++) {
      ArticleDigest a = logged.get(i);
      ArticleDigest b = read.get(i);
      assertThat(b.wordHash()).isEqualTo(a.wordHash());
      assertThat(b.wordStart()).isEqualTo(a.wordStart());
      assertThat(b.wordEnd()).isEqualTo(a.wordEnd());
      assertThat(b.text()).isEqualTo(TEXT);
      assertThat(List.of(b.id(), b.outlet(), b.published(), b.day(), b.title(), b.claims(), b.quantities(), b.labels(),
          b.entities())).isEqualTo(List.of(a.id(), a.outlet(), a.published(), a.day(), a.title(), a.claims(),
          a.quantities(), a.labels(), a.entities()));
      before.add(a);
      after.add(b);
    }
    assertThat(DatasetWriter.JSON.writeValueAsString(after.link()))
        .isEqualTo(DatasetWriter.JSON.writeValueAsString(before.link()));
  }

  @Test
  void aResumeCutsEveryFileBackToTheCheckpoint(@TempDir Path dir) throws Exception {
    Map<String, Long> atCheckpoint;
    try (Batches b = Batches.start(dir, "inputs-1", 2); DatasetWriter w = new DatasetWriter(dir)) {
      for (int i = 1; i <= 3; i++) { // the third after the checkpoint: what a killed run leaves beyond it
        AnalyzedArticle a = article("a" + i, "عنب بلدي");
        w.write(a);
        b.add(CorpusLinker.digest(a));
        b.written(w, i, i, Map.of(), "in.jsonl#" + i);
      }
      atCheckpoint = Checkpoint.read(dir).bytes();
      w.sync();
    }
    Checkpoint c = Checkpoint.read(dir);
    assertThat(List.of(c.batch(), c.items(), c.articles(), c.position())).isEqualTo(List.of(1, 2L, 2, "in.jsonl#2"));
    assertThat(Files.size(dir.resolve("articles.jsonl"))).isGreaterThan(atCheckpoint.get("articles.jsonl"));

    assertThatThrownBy(() -> Batches.resume(dir, "inputs-2", 2)).isInstanceOf(Batches.NotResumable.class)
        .hasMessage("cannot resume: the inputs are not those of the interrupted run (files, sizes or modification "
            + "times differ); run without --resume to start over");
    assertThat(Files.size(dir.resolve("articles.jsonl"))).isGreaterThan(atCheckpoint.get("articles.jsonl"));

    try (Batches b = Batches.resume(dir, "inputs-1", 2)) {
      for (String f : List.of("articles.jsonl", "mentions.jsonl", "quantities.jsonl", Batches.DIGESTS)) {
        assertThat(Files.size(dir.resolve(f))).as(f).isEqualTo(atCheckpoint.get(f));
      }
      assertThat(Files.readAllLines(dir.resolve("articles.jsonl"))).hasSize(2);
      assertThat(b.digests()).extracting(ArticleDigest::id).containsExactly("a1", "a2");
      b.remove();
    }
    assertThat(dir.resolve(Checkpoint.FILE)).doesNotExist();
    assertThat(dir.resolve(Batches.DIGESTS)).doesNotExist();
  }
}
