package org.isnad.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.isnad.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad serve [--port P] [--data DIR] [--host H]}: the web UI over an analysed data set. */
@Command(name = "serve", description = "Serve the web UI over an analysed data set (127.0.0.1 by default).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--data", defaultValue = "isnad-out", description = "data set directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE}, answering only Host names of it and localhost; an address given here is answered under any name)")
  String host;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("isnad serve: --port " + port + ": not a port (0 to 65535; 0 picks a free one)");
      return 2;
    }
    String taken = PortCheck.taken(host, port);
    if (taken != null) {
      spec.commandLine().getErr().println("isnad serve: " + taken);
      return 1;
    }
    WebServer server;
    try {
      // Host is checked unless the user chose the address: a name of their own may then be in use
      server = WebServer.start(data, host, port, !spec.commandLine().getParseResult().hasMatchedOption("--host"), false);
    } catch (java.io.IOException e) {
      System.err.println("isnad serve: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      // taken between the check and the start
      if (!PortCheck.isBind(e)) throw e;
      spec.commandLine().getErr().println("isnad serve: " + PortCheck.inUse(host, port));
      return 1;
    }
    System.err.println("isnad serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/  (Ctrl-C to stop; reading the data set)");
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception ignored) {
        // shutting down anyway
      }
      stop.countDown();
    }));
    stop.await();
    return 0;
  }
}
