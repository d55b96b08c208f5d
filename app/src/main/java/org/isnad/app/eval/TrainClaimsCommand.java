package org.isnad.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.claim.ClaimTagger;
import org.isnad.extract.claim.ClaimTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad train claims --out FILE [ANNOTATED.jsonl...]}: trains the claim models (cues, triggers,
 * frame arguments, event arguments, modes) on annotated sentences kept as standoff, read against the news
 * file; with the defaults it reproduces {@code core/src/main/resources/models/claims/claims.bin.gz} byte
 * for byte.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Train the claim models on annotated sentences (standoff JSON lines).")
public final class TrainClaimsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ANNOTATED.jsonl", arity = "0..*",
      description = "Annotated sentences (default: the shipped ant-claims-train.jsonl).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--news", paramLabel = "NEWS.jsonl.gz", description = "The news file the annotations point into (default: ${DEFAULT-VALUE}).")
  Path news = ClaimCommands.DEFAULT_NEWS;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--epochs", description = "Perceptron epochs (default: ${DEFAULT-VALUE}).")
  int epochs = ClaimTrainer.SHIPPED.epochs();

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) files = List.of(ClaimCommands.TRAIN);
    ClaimTrainer.Settings d = ClaimTrainer.SHIPPED;
    ClaimTrainer.Settings s = new ClaimTrainer.Settings(epochs, d.detectionBits(), d.argumentBits(), d.seed(),
        d.cuePenalty(), d.triggerPenalty(), d.frameArgPenalty(), d.eventArgPenalty()).tuned();
    List<ClaimTrainer.Prepared> data = ClaimCommands.prepare(files, news, MentionFinder.load(), ClaimTrainer.Readers.load());
    ClaimTagger tagger = ClaimTrainer.train(data, s);
    ClaimCommands.write(tagger, out);
    System.err.println("trained on " + data.size() + " sentences -> " + out);
    return 0;
  }
}
