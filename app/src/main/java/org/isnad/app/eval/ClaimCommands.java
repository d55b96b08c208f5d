package org.isnad.app.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.claim.AnnotatedClaims;
import org.isnad.extract.claim.ClaimTagger;
import org.isnad.extract.claim.ClaimTrainer;

/** What {@code train claims} and {@code eval claims} share: reading annotated sentences into token space. */
final class ClaimCommands {
  static final Path DEFAULT_NEWS = Path.of("../shared/data/news/ant-multisource-2018.jsonl.gz");
  static final Path TRAIN = Path.of("core/src/main/resources/models/claims/ant-claims-train.jsonl");

  private ClaimCommands() {}

  static List<ClaimTrainer.Prepared> prepare(List<Path> files, Path news, MentionFinder mentions,
                                             ClaimTrainer.Readers readers) throws IOException {
    List<ClaimTrainer.Prepared> out = new ArrayList<>();
    for (Path f : files) {
      for (AnnotatedClaims a : AnnotatedClaims.read(f, news)) out.add(ClaimTrainer.prepare(a, mentions::find, readers));
    }
    return out;
  }

  static String key(AnnotatedClaims a) {
    return a.article() + "@" + a.start();
  }

  static Map<String, ClaimTrainer.Prepared> byKey(List<ClaimTrainer.Prepared> ps) {
    Map<String, ClaimTrainer.Prepared> m = new HashMap<>();
    for (ClaimTrainer.Prepared p : ps) m.put(key(p.source()), p);
    return m;
  }

  static void write(ClaimTagger tagger, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (OutputStream o = Files.newOutputStream(out)) {
      tagger.write(o);
    }
  }
}
