package org.isnad.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Date;
import org.isnad.model.RawDocument;

/**
 * The items of an RSS or Atom feed (ROME), one document each: {@code content:encoded} or the Atom
 * content when present, else the description, read as HTML; the id is the item's guid (Atom id), else
 * its link; the outlet is the feed's own title. A feed is small, so it is parsed whole (under the cap).
 */
final class FeedItems {
  private final InputReader reader;
  private final String file;
  private final String base;

  FeedItems(InputReader reader, String file, String base) {
    this.reader = reader;
    this.file = file;
    this.base = base;
  }

  void read(byte[] bytes) throws IOException {
    SyndFeed feed;
    Doctype doctype = Doctype.of(bytes);
    if (doctype == Doctype.WITH_SUBSET) {
      reader.problem(file, "bad RSS/Atom feed: its DOCTYPE declares entities (an internal subset), which are never expanded");
      return;
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      // a DOCTYPE that only names a DTD (RSS 0.91's) is harmless: ROME keeps external entities and the
      // external DTD off either way, and with no internal subset there is nothing to expand
      input.setAllowDoctypes(doctype == Doctype.NAMED_ONLY);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      reader.problem(file, "bad RSS/Atom feed: " + e.getMessage());
      return;
    }
    String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String where = file + "#" + n;
      String html = null;
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null && !c.getValue().isBlank()) {
          html = c.getValue();
          break;
        }
      }
      if (html == null && e.getDescription() != null) html = e.getDescription().getValue();
      String text = html == null ? "" : HtmlPage.fragmentText(html);
      String id = firstNonBlank(e.getUri(), e.getLink(), base + "-" + n);
      if (text.isBlank()) {
        reader.problem(where, "no text (feed item " + id + ")");
        continue;
      }
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String published = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
      String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
      reader.deliver(new RawDocument(reader.uniqueId(id), where, outlet, e.getLink(), published, title, text, false));
    }
  }

  /** What a feed declares before its root element. */
  enum Doctype {
    NONE, NAMED_ONLY, WITH_SUBSET;

    /**
     * Looks at the bytes before the root element: a {@code [} inside the DOCTYPE opens an internal subset
     * (entity declarations). A feed whose head is not ASCII-compatible (UTF-16) cannot be checked this
     * way: it counts as NONE, so that ROME refuses any DOCTYPE in it.
     */
    static Doctype of(byte[] b) {
      int n = Math.min(b.length, 1 << 16);
      for (int i = 0; i < Math.min(n, 4); i++) if (b[i] == 0 || b[i] == (byte) 0xFE || b[i] == (byte) 0xFF) return NONE;
      String head = new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
      int at = head.indexOf("<!DOCTYPE");
      if (at < 0) return head.contains("<!ENTITY") ? WITH_SUBSET : NONE;
      int end = head.indexOf('>', at);
      if (end < 0 || head.substring(at, end).indexOf('[') >= 0 || head.contains("<!ENTITY")) return WITH_SUBSET;
      return NAMED_ONLY;
    }
  }

  private static String firstNonBlank(String... s) {
    for (String x : s) if (x != null && !x.isBlank()) return x.strip();
    return null;
  }
}
