package org.isnad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says about itself, read before any element is dropped: the headline as printed, the day of
 * publication, the site's own name and the page's address. Sources in order of trust: what publishers fill
 * in for search engines (JSON-LD, Open Graph and {@code article:*} meta tags, {@code itemprop}/RDFa dates,
 * {@code <time>}), then the address (".../2013/middle_east/8/3/..."), then dates printed in Arabic script.
 *
 * @param title     the headline, without the site's name, or null
 * @param published ISO date in the outlet's own day (a UTC timestamp moved to the outlet's zone when
 *                  {@code lexicon/outlet-zones.tsv} knows it), or null
 * @param siteName  the site's name as it writes itself, or null
 * @param url       the page's canonical address, or null
 */
record PageMetadata(String title, String published, String siteName, String url) {
  private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datePublished",
      "publish-date", "pubdate", "publishdate", "DC.date.issued", "dc.date", "dcterms.created", "sailthru.date",
      "parsely-pub-date", "date"};
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  /** Title separators between a headline and a site name. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|:•«»]{1,2}\\s+|\\s*\\|\\s*");
  private static final Pattern[] URL_DATES = {
      Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])"),
      Pattern.compile("/((?:19|20)\\d\\d)/[A-Za-z_\\-]{2,30}/(\\d{1,2})/(\\d{1,2})/"),
      Pattern.compile("[/_-]((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)"),
      Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)/"),
  };
  /** A copyright line naming its owner: "جميع الحقوق محفوظة لـ دار الصباح", "© 2013 Cable News Network". */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?:(?:جميع|كافة|كل)\\s+(?:الحقوق|حقوق\\s+النشر)\\s+(?:©\\s*)?محفوظة\\s*(?:ل|لـ|لدى)\\s*|©\\s*(?:\\d{4}\\s*[-–]?\\s*)*)"
          + "[\"«“]?([^\"»”\\-–|.,،]{2,40}?)[\"»”]?\\s*(?:$|[-–|.,،]|\\d{4}|all\\s|جميع)", Pattern.CASE_INSENSITIVE);

  static PageMetadata read(Document doc, String baseUrl) {
    List<JsonNode> ld = JsonLd.objects(doc);
    String url = firstNonBlank(baseUrl, absolute(attr(doc, "link[rel=canonical]", "href")), absolute(meta(doc, "og:url")));
    String site = firstNonBlank(meta(doc, "og:site_name"), JsonLd.publisher(ld), meta(doc, "application-name"));
    String metaTitle = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), JsonLd.text(ld, "headline"));
    String tag = Whitespace.collapse(doc.title());
    String title = printedHeadline(doc, metaTitle != null ? metaTitle : tag);
    if (title == null) title = metaTitle;
    if (site == null) site = titleSuffix(tag, title);
    if (title == null && !tag.isEmpty()) title = withoutSiteName(tag, site);
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null && !h1.text().isBlank()) title = Whitespace.collapse(h1.text());
    }
    if (site == null) site = copyrightOwner(doc);
    String published = published(doc, ld, url, OutletZones.of(url, site));
    return new PageMetadata(title == null ? null : Whitespace.collapse(title), published, site, url);
  }

  /**
   * The headline as the page prints it: the {@code h1} (or {@code h2}) whose letters are those of the
   * metadata title ({@code og:title} often drops the quotation marks the printed headline has).
   */
  private static String printedHeadline(Document doc, String metaTitle) {
    if (metaTitle == null || metaTitle.isBlank()) return null;
    String want = letters(metaTitle);
    if (want.length() < 4) return null;
    for (Element h : doc.select("h1, h2")) {
      String text = Whitespace.collapse(h.text());
      String got = letters(text);
      if (got.length() < 4) continue;
      if (got.equals(want) || (want.startsWith(got) || want.contains(got)) && got.length() >= 0.6 * want.length()) {
        return text;
      }
    }
    return null;
  }

  /** The matching form of a title with only its letters and digits: quotes, dashes and spaces differ between copies. */
  static String letters(String s) {
    String n = ArabicNormalizer.normalize(s);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(c);
    }
    return b.toString();
  }

  /** The site's name in a {@code <title>} that is the headline plus it: "headline - CNNArabic.com", "Site | headline". */
  static String titleSuffix(String tag, String headline) {
    if (tag == null || tag.isEmpty() || headline == null) return null;
    String h = letters(headline);
    Matcher m = SEPARATOR.matcher(tag);
    while (m.find()) {
      String before = tag.substring(0, m.start()).strip();
      String after = tag.substring(m.end()).strip();
      if (letters(before).equals(h) && !after.isEmpty()) return firstSegment(after);
      if (letters(after).equals(h) && !before.isEmpty()) return lastSegment(before);
    }
    return null;
  }

  private static String firstSegment(String s) {
    Matcher m = SEPARATOR.matcher(s);
    return m.find() ? s.substring(0, m.start()).strip() : s;
  }

  private static String lastSegment(String s) {
    Matcher m = SEPARATOR.matcher(s);
    int end = -1;
    while (m.find()) end = m.end();
    return end < 0 ? s : s.substring(end).strip();
  }

  /** A {@code <title>} without a leading or trailing segment that is the site's name. */
  static String withoutSiteName(String tag, String site) {
    if (site == null) return tag;
    String s = letters(site);
    Matcher m = SEPARATOR.matcher(tag);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) seps.add(new int[] {m.start(), m.end()});
    for (int[] sep : seps) {
      if (letters(tag.substring(sep[1])).equals(s)) return tag.substring(0, sep[0]).strip();
      if (letters(tag.substring(0, sep[0])).equals(s)) return tag.substring(sep[1]).strip();
    }
    return tag;
  }

  private static String copyrightOwner(Document doc) {
    String c = meta(doc, "copyright");
    if (c != null) {
      Matcher m = COPYRIGHT.matcher(c);
      if (m.find()) return m.group(1).strip();
    }
    for (Element e : doc.select("footer, [class*=copy], [id*=copy], p, div, span")) {
      if (e.childrenSize() > 3) continue;
      String t = e.text();
      if (t.length() > 200 || (t.indexOf('©') < 0 && !t.contains("محفوظة"))) continue;
      Matcher m = COPYRIGHT.matcher(t);
      if (m.find()) return m.group(1).strip();
    }
    return null;
  }

  private static String published(Document doc, List<JsonNode> ld, String url, java.time.ZoneId zone) {
    String iso = PublishedDate.iso(JsonLd.text(ld, "datePublished"), zone);
    if (iso != null) return iso;
    for (String name : DATE_METAS) {
      iso = PublishedDate.iso(meta(doc, name), zone);
      if (iso != null) return iso;
    }
    for (Element s : doc.select("script[type=application/ld+json]")) { // JSON-LD that is not valid JSON
      Matcher m = LD_DATE.matcher(s.data());
      if (m.find() && (iso = PublishedDate.iso(m.group(1), zone)) != null) return iso;
    }
    for (Element e : doc.select("[itemprop=datePublished], [property~=(?i)^(dc:date|dc:created|dcterms:created|"
        + "dcterms:issued|article:published_time)$], time[pubdate], time[datetime]")) {
      iso = PublishedDate.iso(firstNonBlank(e.attr("datetime"), e.attr("content")), zone);
      if (iso != null) return iso;
    }
    iso = fromUrl(url);
    if (iso != null) return iso;
    for (Element e : doc.select("[class~=(?i)(date|time|publish|submitted|stamp)], [id~=(?i)(date|time|publish)], time")) {
      if (e.childrenSize() > 4) continue;
      String t = e.text();
      if (t.length() > 120 || t.contains("تحديث")) continue; // "آخر تحديث": a last update, not the publication
      iso = TextDates.first(t);
      if (iso == null) iso = PublishedDate.iso(t);
      if (iso != null) return iso;
    }
    return null;
  }

  /** The date in an article's address: "/2013/middle_east/8/3/", "/2018/04/08/", "-2019-02-08". */
  static String fromUrl(String url) {
    if (url == null) return null;
    for (Pattern p : URL_DATES) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        try {
          return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))).toString();
        } catch (java.time.DateTimeException e) {
          // not a date: try the next form
        }
      }
    }
    return null;
  }

  static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
      String c = m.attr("content").strip();
      if (!c.isEmpty()) return Parser.unescapeEntities(c, true);
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attr);
  }

  private static String absolute(String u) {
    return u != null && (u.startsWith("http://") || u.startsWith("https://")) ? u.strip() : null;
  }

  static String firstNonBlank(String... s) {
    for (String x : s) if (x != null && !x.isBlank()) return x.strip();
    return null;
  }
}
