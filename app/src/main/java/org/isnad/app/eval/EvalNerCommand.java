package org.isnad.app.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ner", description = "Phrase-level P/R/F1 per type (CoNLL) of the name finder.")
public final class EvalNerCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("not built yet");
    return 2;
  }
}
