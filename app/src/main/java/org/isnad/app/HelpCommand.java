package org.isnad.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isnad help [COMMAND...]}: the help of {@code isnad}, of a command or of a subcommand
 * ({@code isnad help eval ner}), which picocli's own help command does not reach.
 */
@Command(name = "help", helpCommand = true, description = "Show the help of isnad or of a command: isnad help eval ner")
final class HelpCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "a command and its subcommands")
  List<String> commands = List.of();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine().getParent();
    for (String name : commands) {
      CommandLine sub = cmd.getSubcommands().get(name);
      if (sub == null) {
        spec.commandLine().getErr().println(cmd.getCommandSpec().qualifiedName() + ": no command " + name
            + " (" + cmd.getCommandSpec().qualifiedName() + " --help)");
        return 2;
      }
      cmd = sub;
    }
    cmd.usage(spec.commandLine().getOut());
    return 0;
  }
}
