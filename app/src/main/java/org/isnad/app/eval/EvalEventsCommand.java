package org.isnad.app.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "events", description = "PLOVER detection P/R/F1 and actor/target overlap.")
public final class EvalEventsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("not built yet");
    return 2;
  }
}
