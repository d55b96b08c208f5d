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
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
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

  private static String firstNonBlank(String... s) {
    for (String x : s) if (x != null && !x.isBlank()) return x.strip();
    return null;
  }
}
