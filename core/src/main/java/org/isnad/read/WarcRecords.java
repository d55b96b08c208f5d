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
 * are streamed one at a time. A WARC cut short ends with one problem line saying after which record.
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

  void read(InputStream in) throws IOException {
    int n = 0;
    try (WarcReader warc = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next = warc.next();
        if (next.isEmpty()) break;
        n++;
        if (next.get() instanceof WarcResponse resp) response(resp, n);
      }
    } catch (EOFException | ZipException | org.netpreserve.jwarc.ParsingException e) {
      reader.problem(file, "truncated or corrupt WARC after record " + n + ": " + e.getMessage());
    } catch (InputReader.Stopped e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      reader.problem(file, "cannot read WARC after record " + n + ": " + e);
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
