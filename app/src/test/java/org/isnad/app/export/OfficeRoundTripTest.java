package org.isnad.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.isnad.app.IsnadCli;
import org.isnad.app.report.Fixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The claims CSV opened by LibreOffice (as an analyst's spreadsheet would) and saved again as a
 * spreadsheet: the Arabic quotes survive. Skipped when {@code soffice} is not installed.
 */
class OfficeRoundTripTest {
  @TempDir
  Path tmp;

  static boolean onPath(String exe) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String d : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(d, exe))) return true;
    return false;
  }

  @Test
  void libreOfficeReadsTheArabic() throws Exception {
    Assumptions.assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed: the round trip through a spreadsheet is not tested");
    Path data = Fixture.copyTo(tmp.resolve("data"));
    Path csv = tmp.resolve("claims.csv");
    CommandLine cli = IsnadCli.commandLine();
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("export", "--format", "claims", "--out", csv.toString(), data.toString())).isZero();
    Path back = tmp.resolve("back");
    // read as CSV, written as HTML: a text format whose encoding LibreOffice states, so we can read it back.
    // Headless, LibreOffice takes the CSV's character set from the filter options (76: UTF-8), not from the
    // byte-order mark, which is for Excel and for the import dialog.
    Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + tmp.resolve("profile"),
        "--infilter=CSV:44,34,76", "--convert-to", "html", "--outdir", back.toString(), csv.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    String html = Files.readString(back.resolve("claims.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("وأفاد التلفزيون السوري بخروج حافلتين على متنهما عدد من مسلحي جيش الإسلام")
        .contains("BBC ← التلفزيون السوري");
  }
}
