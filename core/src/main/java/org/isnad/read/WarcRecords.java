package org.isnad.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipException;
import org.isnad.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages inside a WARC file, as Common Crawl's news crawl publishes them: each {@code response}
 * record with a successful HTML payload becomes one document (id from {@code WARC-Record-ID}, url from
 * {@code WARC-Target-URI}); requests, metadata, redirects and non-HTML payloads are passed over. Records
 * are streamed one at a time. A WARC cut short ends with one problem line saying after which record; a
 * record that does not end where its Content-Length says is one problem line, and the records after it
 * are still read.
 */
final class WarcRecords {
  private final InputReader reader;
  private final String file;
  private final int cap;

  WarcRecords(InputReader reader, String file, String base, int cap) {
    this.reader = reader;
    this.file = file;
    this.cap = cap;
  }

  /** Opens the (decompressed) WARC again from its start. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * How many times one file may be re-synchronised after a corrupt record before it is given up: each
   * time reads the file again from its start (a gzip stream cannot seek), so a badly damaged file costs
   * at most this many passes.
   */
  static final int MAX_RESYNCS = 20;

  /**
   * Reads every record. A record that does not parse where the previous one said it would end (a short
   * or long Content-Length, a damaged header) is reported, and reading goes on from the next line that
   * starts a WARC record after the last good record's start: the records after a bad one are not lost.
   */
  void read(Opener opener) throws IOException {
    int n = 0;
    long from = 0; // where the records being read start, in the decompressed stream
    for (int resyncs = 0; ; resyncs++) {
      long lastStart = from;
      try (InputStream in = opener.open()) {
        if (from > 0) in.skipNBytes(from);
        try (WarcReader warc = new WarcReader(in)) {
          while (true) {
            Optional<WarcRecord> next = warc.next();
            if (next.isEmpty()) return;
            n++;
            lastStart = from + warc.position();
            if (next.get() instanceof WarcResponse resp) response(resp, n);
          }
        }
      } catch (org.netpreserve.jwarc.ParsingException e) {
        long at = resyncs < MAX_RESYNCS ? nextRecord(opener, lastStart + 1) : -1;
        if (at < 0) {
          reader.problem(file, "truncated or corrupt WARC after record " + n + ": " + e.getMessage());
          return;
        }
        reader.problem(file, "corrupt WARC record after record " + n + " (" + e.getMessage()
            + "); read on from the next record, at byte " + at);
        from = at;
      } catch (EOFException | ZipException e) {
        reader.problem(file, "truncated or corrupt WARC after record " + n + ": " + e.getMessage());
        return;
      } catch (InputReader.Stopped e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        reader.problem(file, "cannot read WARC after record " + n + ": " + e);
        return;
      }
    }
  }

  private static final byte[] MARK = "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The offset of the first line starting "WARC/1." at or after {@code from}, or -1. */
  private static long nextRecord(Opener opener, long from) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(opener.open(), 1 << 16)) {
      in.skipNBytes(from - 1); // from the byte before: the newline that ends the previous line
      long pos = from - 2; // the offset of the last byte read
      int matched = 0;
      int b;
      while ((b = in.read()) >= 0) {
        pos++;
        matched = b == MARK[matched] ? matched + 1 : (b == MARK[0] ? 1 : 0);
        if (matched == MARK.length) return pos - MARK.length + 2; // just after the newline
      }
      return -1;
    } catch (EOFException | ZipException e) {
      return -1;
    }
  }

  private void response(WarcResponse resp, int n) throws IOException {
    String where = file + "#" + n;
    MediaType type = resp.contentType();
    if (!type.base().equals(MediaType.HTTP) && !type.base().equals(MediaType.HTTP_RESPONSE)) return;
    HttpResponse http = resp.http();
    if (http.status() < 200 || http.status() >= 300) return;
    MediaType payload = http.contentType();
    String sub = payload.subtype().toLowerCase(java.util.Locale.ROOT);
    if (!sub.equals("html") && !sub.equals("xhtml+xml")) return;
    InputStream body = http.bodyDecoded().stream();
    byte[] bytes = body.readNBytes(cap + 1);
    if (bytes.length > cap) {
      reader.problem(where, "page larger than the " + (cap >> 20) + " MB limit; skipped");
      return;
    }
    String url = resp.target();
    String charset = payload.parameters().get("charset");
    HtmlPage page = HtmlPage.parse(bytes, validCharset(charset), url);
    String rid = resp.id().toString();
    String id = rid.startsWith("urn:uuid:") ? rid.substring("urn:uuid:".length()) : rid.replaceAll("^<|>$", "");
    if (page.text().isBlank()) {
      reader.problem(where, "HTML page has no text (record " + id + ", " + url + ")");
      return;
    }
    String published = page.published();
    reader.deliver(new RawDocument(reader.uniqueId(id), where, page.siteName(), url, published, page.title(),
        page.text(), false));
  }

  private static String validCharset(String cs) {
    if (cs == null) return null;
    try {
      return java.nio.charset.Charset.isSupported(cs) ? cs : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
