package org.isnad.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code report.html}: one self-contained right-to-left page over the data set. */
public final class ReportWriter {
  private ReportWriter() {}

  public static void write(Path dataDir) throws IOException {
    Files.writeString(dataDir.resolve("report.html"),
        "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>Isnad</title></head><body></body></html>\n",
        StandardCharsets.UTF_8);
  }
}
