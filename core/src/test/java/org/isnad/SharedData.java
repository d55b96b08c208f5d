package org.isnad;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data beside the repository ({@code ../shared/data}, see its README). Tests that need it
 * call {@link #require}: on a user's clone without it they are skipped with a message saying so.
 */
public final class SharedData {
  private SharedData() {}

  /** The data directory, found from the module's or the repository's working directory; null when absent. */
  public static Path dir() {
    for (String c : new String[] {"../shared/data", "../../shared/data", "../../../shared/data"}) {
      Path p = Path.of(c).toAbsolutePath().normalize();
      if (Files.isDirectory(p)) return p;
    }
    return null;
  }

  /** {@code ../shared/data/<relative>}, or skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path d = dir();
    assumeTrue(d != null, "skipped: ../shared/data is not beside this clone (public data for tests, see README)");
    Path p = d.resolve(relative);
    assumeTrue(Files.exists(p), "skipped: ../shared/data/" + relative + " is absent");
    return p;
  }
}
