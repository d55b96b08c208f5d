package org.isnad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command line (SPEC "Command line"). */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
    description = "Source-traced event records from Arabic news across outlets.",
    subcommands = {AnalyzeCommand.class, ServeCommand.class, SearchCommand.class, EvalCommand.class,
        TrainCommand.class})
public final class IsnadCli {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new IsnadCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
