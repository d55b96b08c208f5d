package org.isnad.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.isnad.app.export.ExportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code isnad} command line (SPEC "Command line"). {@code --help} and {@code --version} are inherited
 * by every command and subcommand; {@code isnad help [COMMAND...]} prints the same help.
 */
@Command(name = "isnad", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "isnad 0.1.0",
    description = "Source-traced event records from Arabic news across outlets.",
    subcommands = {AnalyzeCommand.class, ServeCommand.class, SearchCommand.class, ExportCommand.class,
        EvalCommand.class, TrainCommand.class, HelpCommand.class})
public final class IsnadCli {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for {@link #run} and for tests that capture its output. */
  public static CommandLine commandLine() {
    return new CommandLine(new IsnadCli()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(IsnadCli::unreadable)
        .setParameterExceptionHandler(IsnadCli::badUsage);
  }

  /**
   * A usage error is one line, naming the command, what is wrong and where help is, instead of the whole
   * usage text: "isnad serve: Invalid value for option '--port': 'x' is not an int (isnad serve --help)".
   */
  private static int badUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    StringBuilder b = new StringBuilder(name).append(": ").append(ex.getMessage().strip().replace('\n', ' '));
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> hints = u.getSuggestions();
      if (!hints.isEmpty()) b.append("; did you mean ").append(String.join(" or ", hints.subList(0, Math.min(3, hints.size())))).append('?');
    }
    b.append(" (").append(name).append(" --help)");
    cmd.getErr().println(b);
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
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
