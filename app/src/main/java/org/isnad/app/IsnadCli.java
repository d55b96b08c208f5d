package org.isnad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
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
    return new CommandLine(new IsnadCli()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(IsnadCli::unreadable).execute(args);
  }

  /** An input that cannot be read is one line naming the file and the reason, not a stack trace. */
  private static int unreadable(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
    Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (!(io instanceof IOException)) throw ex;
    String reason = io instanceof NoSuchFileException n ? n.getFile() + ": no such file" : io.getMessage();
    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + reason);
    return 2;
  }
}
