package org.isnad.read;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * The time zone an outlet dates its articles in ({@code lexicon/outlet-zones.tsv}), by its web host, its country
 * domain or the name the page gives itself: a timestamp written in UTC is then read as the outlet's own day, the
 * day its readers saw on the page.
 */
final class OutletZones {
  private static final Map<String, ZoneId> HOSTS = new HashMap<>();
  private static final Map<String, ZoneId> NAMES = new HashMap<>();

  static {
    for (String[] r : LexiconFile.rows("/lexicon/outlet-zones.tsv", 2)) {
      ZoneId z;
      try {
        z = ZoneId.of(r[1]);
      } catch (DateTimeException e) {
        throw new IllegalStateException("lexicon/outlet-zones.tsv: unknown zone " + r[1], e);
      }
      boolean host = r[0].startsWith(".") || (r[0].contains(".") && r[0].equals(r[0].toLowerCase(Locale.ROOT)) && !r[0].contains(" "));
      if (host) HOSTS.put(r[0], z);
      else NAMES.put(ArabicNormalizer.normalize(r[0]), z);
    }
  }

  private OutletZones() {}

  /** The zone of the page at {@code url} naming itself {@code siteName}, or null when neither is known. */
  static ZoneId of(String url, String siteName) {
    ZoneId z = byUrl(url);
    if (z == null && siteName != null) z = NAMES.get(ArabicNormalizer.normalize(siteName.strip()));
    return z;
  }

  private static ZoneId byUrl(String url) {
    if (url == null) return null;
    String host;
    String path;
    try {
      URI u = URI.create(url.strip());
      host = u.getHost();
      path = u.getRawPath() == null ? "" : u.getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) return null;
    host = host.toLowerCase(Locale.ROOT);
    // a host with its first path segment ("bbc.com/arabic"), then the host and each of its parent domains
    int slash = path.indexOf('/', 1);
    String first = path.length() > 1 ? path.substring(0, slash < 0 ? path.length() : slash) : "";
    for (String h = host; !h.isEmpty(); ) {
      ZoneId z = first.isEmpty() ? null : HOSTS.get(h + first);
      if (z == null) z = HOSTS.get(h);
      if (z != null) return z;
      int dot = h.indexOf('.');
      if (dot < 0) break;
      h = h.substring(dot + 1);
    }
    int dot = host.lastIndexOf('.');
    return dot < 0 ? null : HOSTS.get(host.substring(dot));
  }
}
