package org.isnad.app.eval;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.claim.ClaimScore;
import org.isnad.extract.claim.ClaimTagger;
import org.isnad.extract.claim.ClaimTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval claims GOLD.jsonl}: the claim models against annotated sentences: cues, sources (exact,
 * overlapping), chains, STATEMENT claims, trigger detection, PLOVER type (micro and per type), mode, and
 * token F1 of actor, target, place and time. {@code --folds N} cross-validates on GOLD instead (how the
 * settings were chosen); {@code --against OTHER.jsonl} scores a second annotation of the same sentences
 * against GOLD (agreement between annotators).
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Attribution and event-argument P/R/F1 against annotated sentences.")
public final class EvalClaimsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Annotated sentences (standoff JSON lines), e.g. models/claims/ant-claims-test.jsonl.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--news", paramLabel = "NEWS.jsonl.gz", description = "The news file the annotations point into (default: ${DEFAULT-VALUE}).")
  Path news = ClaimCommands.DEFAULT_NEWS;

  @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'isnad train claims' (default: the shipped one).")
  Path model;

  @Option(names = "--folds", description = "Cross-validate on GOLD with this many folds instead of scoring a model.")
  int folds;

  @Option(names = "--against", paramLabel = "OTHER.jsonl", description = "Score this second annotation of GOLD's sentences (inter-annotator agreement).")
  Path against;

  private static void score(ClaimScore score, ClaimTagger t, ClaimTrainer.Prepared p) {
    score.add(p.doc().tokens(), t.read(p.features()), p.gold());
    List<ClaimTagger.TEvent> given = new ArrayList<>();
    for (ClaimTagger.TEvent g : p.gold().events()) given.add(t.event(p.features(), g.trigger(), g.type()));
    score.addGivenTriggers(p.doc().tokens(), given, p.gold().events());
  }

  @Override
  public Integer call() throws Exception {
    MentionFinder mentions = MentionFinder.load();
    ClaimTrainer.Readers readers = ClaimTrainer.Readers.load();
    List<ClaimTrainer.Prepared> gold = ClaimCommands.prepare(files, news, mentions, readers);
    ClaimScore score = new ClaimScore();
    int n = 0;
    if (against != null) {
      Map<String, ClaimTrainer.Prepared> other = ClaimCommands.byKey(ClaimCommands.prepare(List.of(against), news, mentions, readers));
      for (ClaimTrainer.Prepared g : gold) {
        ClaimTrainer.Prepared o = other.get(ClaimCommands.key(g.source()));
        if (o == null) continue;
        score.add(g.doc().tokens(), o.gold(), g.gold());
        n++;
      }
    } else if (folds > 1) {
      for (int k = 0; k < folds; k++) {
        List<ClaimTrainer.Prepared> train = new ArrayList<>();
        List<ClaimTrainer.Prepared> test = new ArrayList<>();
        // folds by article, so that no article is on both sides
        for (ClaimTrainer.Prepared p : gold) {
          (Math.floorMod(p.source().article().hashCode(), folds) == k ? test : train).add(p);
        }
        ClaimTagger t = ClaimTrainer.train(train, ClaimTrainer.SHIPPED);
        for (ClaimTrainer.Prepared p : test) score(score, t, p);
        n += test.size();
        System.err.println("fold " + (k + 1) + "/" + folds + " done");
      }
    } else {
      ClaimTagger t;
      if (model == null) {
        t = ClaimTagger.load();
        if (t == null) throw new IllegalStateException("no shipped claim model (" + ClaimTagger.RESOURCE + ")");
      } else {
        try (InputStream in = Files.newInputStream(model)) {
          t = ClaimTagger.read(in);
        }
      }
      for (ClaimTrainer.Prepared p : gold) score(score, t, p);
      n = gold.size();
    }
    System.out.print(score.report());
    System.out.println("(" + n + " sentences" + (folds > 1 ? ", " + folds + "-fold cross-validation by article" : "")
        + (against != null ? ", second annotation against the first" : "") + ")");
    return 0;
  }
}
