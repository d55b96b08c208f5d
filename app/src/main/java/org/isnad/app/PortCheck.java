package org.isnad.app;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Whether {@code serve} can listen where asked, found out before the web server starts: the server's own
 * failure is a stack trace of Jetty's, and the user needs one line saying what to do.
 */
final class PortCheck {
  private PortCheck() {}

  /** Why {@code host:port} cannot be listened on, or null when it can (or when port is 0, any free one). */
  static String taken(String host, int port) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return "--host " + host + ": no such address";
    }
    if (port == 0) return null;
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(address, port));
      return null;
    } catch (BindException e) {
      return e.getMessage() != null && e.getMessage().contains("in use") ? inUse(host, port)
          : "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")";
    } catch (IOException e) {
      return "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")";
    }
  }

  static String inUse(String host, int port) {
    return "port " + port + " on " + host + " is in use (another isnad serve?); choose another with --port, or --port 0 for a free one";
  }

  /** Whether a server's start failed on binding. */
  static boolean isBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof BindException) return true;
    return false;
  }
}
