package org.isnad.app.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ner", description = "Train the name-finder model.")
public final class TrainNerCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("not built yet");
    return 2;
  }
}
