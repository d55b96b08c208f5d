package org.isnad.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a news page says, without its chrome: the main text (one paragraph per line), the headline, the
 * publication date, the site's own name and the page's address. Metadata ({@link PageMetadata}) is read
 * before anything is dropped; the main text ({@link MainText}) is found by scoring text blocks and their
 * containers, not by rules for known sites. The headline repeated as the first line of the text is dropped.
 *
 * @param title     the page's headline without the site's name, or null
 * @param published ISO date, or null
 * @param siteName  the site's name as it writes itself ({@code og:site_name}, the JSON-LD publisher, the
 *                  {@code <title>} suffix, the copyright line), or null
 * @param text      the main text, paragraphs separated by {@code "\n"} (may be empty)
 * @param url       the page's address (the one given, else its canonical link), or null
 */
public record HtmlPage(String title, String published, String siteName, String text, String url) {
  /** Parses {@code html} (the page's address in {@code baseUri}, may be empty). */
  public static HtmlPage parse(String html, String baseUri) {
    return of(Jsoup.parse(html, baseUri == null ? "" : baseUri), baseUri);
  }

  /**
   * Parses the bytes of a page: {@code charset} (e.g. from an HTTP header) when given, else the page's own
   * {@code <meta charset>}, else UTF-8, else Windows-1256 when the bytes are not UTF-8 but read as Arabic.
   */
  public static HtmlPage parse(byte[] bytes, String charset, String baseUri) {
    String cs = charset;
    if (cs == null && TextDecoding.strictUtf8(bytes, 0, bytes.length) == null && !declaresCharset(bytes)
        && TextDecoding.readsAsArabic(new String(bytes, TextDecoding.WINDOWS_1256))) {
      cs = "windows-1256";
    }
    String base = baseUri == null ? "" : baseUri;
    try {
      return of(Jsoup.parse(new java.io.ByteArrayInputStream(bytes), cs, base), baseUri);
    } catch (java.io.IOException | IllegalArgumentException e) {
      return of(Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), base), baseUri);
    }
  }

  private static boolean declaresCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return head.contains("charset");
  }

  /** The text of an HTML fragment (a feed item's content): paragraphs one per line, scripts and styles dropped. */
  public static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    MainText.prune(doc);
    return MainText.textOf(doc.body());
  }

  /** Reads a parsed page; the document is modified (chrome removed). */
  public static HtmlPage of(Document doc) {
    return of(doc, null);
  }

  static HtmlPage of(Document doc, String baseUri) {
    PageMetadata meta = PageMetadata.read(doc, baseUri == null || baseUri.isBlank() ? null : baseUri);
    String text = withoutHeadline(MainText.of(doc), meta.title());
    return new HtmlPage(meta.title(), meta.published(), meta.siteName(), text, meta.url());
  }

  /** The text without first lines that repeat the headline (quotes and spacing aside; the h1 and a copy of it). */
  static String withoutHeadline(String text, String title) {
    if (title == null) return text;
    String key = PageMetadata.letters(title);
    String t = text;
    while (!t.isEmpty()) {
      int nl = t.indexOf('\n');
      if (!PageMetadata.letters(nl < 0 ? t : t.substring(0, nl)).equals(key)) break;
      t = nl < 0 ? "" : t.substring(nl + 1);
    }
    return t;
  }
}
