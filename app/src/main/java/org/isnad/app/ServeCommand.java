package org.isnad.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad serve [--port P] [--data DIR] [--host H]}: the web UI over an analysed data set. */
@Command(name = "serve", description = "Serve the web UI over an analysed data set (127.0.0.1 by default).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--data", defaultValue = "isnad-out", description = "data set directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Override
  public Integer call() {
    System.err.println("isnad serve: not built yet");
    return 2;
  }
}
