package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code --help} on every command, {@code isnad help}, and usage errors of one line. */
class CommandLineHelpTest {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cli = IsnadCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "serve", "search", "export", "eval", "eval ner", "eval events", "eval claims",
      "eval residue", "train", "train ner", "train claims"})
  void everyCommandHasHelp(String command) {
    String[] words = command.split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = "--help";
    assertThat(run(args)).isZero();
    assertThat(out.toString()).startsWith("Usage: isnad " + command);
    assertThat(err.toString()).isEmpty();
    out.getBuffer().setLength(0);
    assertThat(run(("help " + command).split(" "))).isZero();
    assertThat(out.toString()).startsWith("Usage: isnad " + command);
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("help")).isZero();
    assertThat(out.toString()).startsWith("Usage: isnad").contains("analyze", "serve", "search", "export", "eval", "train", "help");
    out.getBuffer().setLength(0);
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("export");
  }

  @Test
  void aMissingInputIsOneLine() {
    assertThat(run("analyze")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "isnad analyze: Missing required parameter: 'INPUT' (isnad analyze --help)" + System.lineSeparator());
  }

  @Test
  void aBadValueIsOneLine() {
    assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("isnad serve: Invalid value for option '--port': 'eighty' is not an int"
        + " (isnad serve --help)" + System.lineSeparator());
  }

  @Test
  void anUnknownCommandSuggestsOne() {
    assertThat(run("serv")).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).startsWith("isnad: Unmatched argument at index 0: 'serv'")
        .contains("did you mean serve or search?").endsWith("(isnad --help)" + System.lineSeparator());
  }

  @Test
  void aPortOutOfRangeIsOneLine() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("isnad serve: --port 70000: not a port (0 to 65535; 0 picks a free one)"
        + System.lineSeparator());
  }

  @Test
  void aPortInUseIsOneLine(@TempDir Path tmp) throws IOException {
    Path data = Fixture.copyTo(tmp.resolve("data"));
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--port", String.valueOf(port), "--data", data.toString())).isEqualTo(1);
      assertThat(err.toString()).isEqualTo("isnad serve: port " + port + " on 127.0.0.1 is in use (another isnad serve?);"
          + " choose another with --port, or --port 0 for a free one" + System.lineSeparator());
    }
  }
}
