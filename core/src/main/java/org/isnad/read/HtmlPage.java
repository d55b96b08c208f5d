package org.isnad.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.isnad.text.Whitespace;

/**
 * What a news page says, without its chrome: the main text (one paragraph per line), the title, the
 * publication date and the site's own name, read from the page's metadata first (Open Graph,
 * {@code article:published_time}, JSON-LD {@code datePublished}, {@code <time datetime>}) because
 * publishers fill it in for search engines and it is more reliable than anything guessed from layout.
 *
 * <p>The main text is the content block with the most paragraph text ({@code <article>}, {@code <main>},
 * {@code itemprop=articleBody} and the usual article-body classes first); navigation, scripts, styles,
 * asides, footers, forms, comments and share/related widgets are dropped before text is taken.
 *
 * @param title     the page's title, or null
 * @param published ISO date, or null
 * @param siteName  the site's name as it writes it ({@code og:site_name}), or null
 * @param text      the main text, paragraphs separated by {@code "\n"} (may be empty)
 */
public record HtmlPage(String title, String published, String siteName, String text) {
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "tr", "table", "section", "article", "header", "pre", "dd", "dt", "dl", "main", "figcaption",
      "address", "hr", "td", "th");
  private static final String CHROME = "script, style, noscript, template, nav, aside, footer, form, iframe, svg, "
      + "button, select, input, textarea, object, embed, video, audio, canvas, figure, link, meta, "
      + "[role=navigation], [role=complementary], [role=contentinfo], [role=banner], [aria-hidden=true], [hidden]";
  private static final String MAIN = "[itemprop=articleBody], article, main, [role=main], .article-body, .article__body, "
      + ".articleBody, .story-body, .entry-content, .post-content, .article-content, .article-text, .content-body, "
      + "#article-body, #articleBody, #article-content, .news-content, .details-body";
  /** Class or id words of widgets that sit inside article blocks: sharing, related links, comments, ads. */
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)(^|[-_\\s])(share|sharing|social|related|comments?|newsletter|breadcrumbs?|advert|ads|ad|cookie|subscribe|"
          + "tags|read-?more|most-?read|popular|promo|sponsored|outbrain|taboola)([-_\\s]|$)");
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

  /** Parses {@code html} (the page's address in {@code baseUri}, may be empty). */
  public static HtmlPage parse(String html, String baseUri) {
    return of(Jsoup.parse(html, baseUri == null ? "" : baseUri));
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
    try {
      return of(Jsoup.parse(new java.io.ByteArrayInputStream(bytes), cs, baseUri == null ? "" : baseUri));
    } catch (java.io.IOException | IllegalArgumentException e) {
      return of(Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), baseUri == null ? "" : baseUri));
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
    removeChrome(doc);
    return textOf(doc.body());
  }

  /** Reads a parsed page; the document is modified (chrome removed). */
  public static HtmlPage of(Document doc) {
    String site = meta(doc, "og:site_name");
    String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), titleTag(doc, site));
    String published = published(doc);
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null && !h1.text().isBlank()) title = h1.text().strip();
    }
    removeChrome(doc);
    Element main = mainBlock(doc);
    for (Element e : main.select("[class], [id]")) {
      if (e != main && e.parent() != null && isWidget(e)) e.remove();
    }
    String text = textOf(main);
    if (title != null && (text.startsWith(title + "\n") || text.equals(title))) {
      text = text.substring(Math.min(text.length(), title.length() + 1));
    }
    return new HtmlPage(title, published, site, text);
  }

  private static boolean isWidget(Element e) {
    return WIDGET.matcher(e.className()).find() || WIDGET.matcher(e.id()).find();
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
      String c = m.attr("content").strip();
      if (!c.isEmpty()) return c;
    }
    return null;
  }

  private static String titleTag(Document doc, String site) {
    String t = doc.title().strip();
    if (t.isEmpty()) return null;
    if (site != null) {
      for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
        if (t.endsWith(sep + site)) return t.substring(0, t.length() - sep.length() - site.length()).strip();
        if (t.startsWith(site + sep)) return t.substring(site.length() + sep.length()).strip();
      }
    }
    return t;
  }

  private static String published(Document doc) {
    for (String name : new String[] {"article:published_time", "datePublished", "og:published_time",
        "publish-date", "pubdate", "publishdate", "date", "DC.date.issued", "dc.date", "sailthru.date",
        "parsely-pub-date"}) {
      String iso = PublishedDate.iso(meta(doc, name));
      if (iso != null) return iso;
    }
    for (Element s : doc.select("script[type=application/ld+json]")) {
      Matcher m = LD_DATE.matcher(s.data());
      if (m.find()) {
        String iso = PublishedDate.iso(m.group(1));
        if (iso != null) return iso;
      }
    }
    for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
      String iso = PublishedDate.iso(t.attr("datetime"));
      if (iso != null) return iso;
    }
    return null;
  }

  private static void removeChrome(Document doc) {
    doc.select(CHROME).remove();
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment) comments.add(node);
    }, doc);
    comments.forEach(Node::remove);
  }

  /** The candidate block with the most paragraph text; else the element whose child paragraphs hold the most text; else the body. */
  private static Element mainBlock(Document doc) {
    Element best = null;
    int bestLen = 0;
    for (Element c : doc.select(MAIN)) {
      int len = paragraphText(c);
      if (len > bestLen) {
        best = c;
        bestLen = len;
      }
    }
    if (best != null && bestLen >= 80) return best;
    Element byParagraphs = null;
    int most = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) continue;
      int len = 0;
      for (Element sib : parent.children()) if (sib.tagName().equals("p")) len += sib.text().length();
      if (len > most) {
        most = len;
        byParagraphs = parent;
      }
    }
    if (byParagraphs != null && most >= bestLen && most >= 80) return byParagraphs;
    if (best != null) return best;
    return doc.body() != null ? doc.body() : doc;
  }

  private static int paragraphText(Element e) {
    int len = 0;
    Elements ps = e.select("p");
    for (Element p : ps) len += p.text().length();
    return ps.isEmpty() ? e.text().length() / 2 : len;
  }

  /** The element's text with one line per block element, whitespace collapsed, empty lines dropped. */
  static String textOf(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
      }
    }, root);
    StringBuilder out = new StringBuilder(sb.length());
    for (String line : sb.toString().split("\n")) {
      String l = Whitespace.collapse(line);
      if (l.isEmpty()) continue;
      if (out.length() > 0) out.append('\n');
      out.append(l);
    }
    return out.toString();
  }

  private static String firstNonBlank(String... s) {
    for (String x : s) if (x != null && !x.isBlank()) return x.strip();
    return null;
  }
}
