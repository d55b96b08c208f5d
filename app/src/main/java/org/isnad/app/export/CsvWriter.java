package org.isnad.app.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV as RFC 4180 has it (comma, CRLF, a field in double quotes when it holds a comma, a quote or a line
 * break, quotes doubled), in UTF-8 with a byte-order mark so that spreadsheet tools read the Arabic as
 * UTF-8 and not in the system's code page. A text cell that a spreadsheet would run as a formula (it
 * starts with {@code = + - @}) gets a leading apostrophe, as OWASP advises: quotes from the news are
 * untrusted text.
 */
final class CsvWriter implements Closeable {
  private final Writer out;
  private final int columns;

  CsvWriter(Path file, List<String> header) throws IOException {
    out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    out.write('\uFEFF');
    columns = header.size();
    row(header.toArray());
  }

  /** One record; {@code null} is an empty cell, numbers are written as they are. */
  void row(Object... cells) throws IOException {
    if (cells.length != columns) throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) out.write(',');
      Object c = cells[i];
      if (c == null) continue;
      if (c instanceof Number || c instanceof Boolean) out.write(c.toString());
      else cell(c.toString());
    }
    out.write("\r\n");
  }

  private void cell(String s) throws IOException {
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char ch = s.charAt(i);
      quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    out.write(s.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
