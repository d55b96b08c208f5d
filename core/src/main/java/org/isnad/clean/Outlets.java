package org.isnad.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * The outlets and agencies of {@code lexicon/outlets.tsv}: looked up by any of their spellings (in
 * matching form) or by the host of an article's URL.
 */
final class Outlets {
  enum Kind { OUTLET, AGENCY, GENERIC }

  /** An outlet: its name as it writes itself, and whether it publishes, wires, or is a generic credit. */
  record Outlet(String name, Kind kind) {}

  private record Host(String host, String pathPrefix, Outlet outlet) {}

  private final Map<String, Outlet> byName = new HashMap<>();
  private final List<Host> hosts = new ArrayList<>();

  static Outlets load() {
    Outlets o = new Outlets();
    for (String[] row : LexiconFile.rows("/lexicon/outlets.tsv", 4)) {
      Outlet outlet = new Outlet(row[0], Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
      o.byName.putIfAbsent(key(row[0]), outlet);
      for (String alias : row[3].split("\\|")) if (!alias.isBlank()) o.byName.putIfAbsent(key(alias), outlet);
      for (String h : row[2].split(",")) {
        h = h.strip().toLowerCase(Locale.ROOT);
        if (h.isEmpty()) continue;
        int slash = h.indexOf('/');
        o.hosts.add(new Host(slash < 0 ? h : h.substring(0, slash), slash < 0 ? "" : h.substring(slash), outlet));
      }
    }
    // the more specific host (with a path) first
    o.hosts.sort((a, b) -> b.pathPrefix().length() - a.pathPrefix().length());
    return o;
  }

  /** The outlet written as {@code s} (any spelling, quotes and "صحيفة"/"وكالة" aside), or null. */
  Outlet byName(String s) {
    if (s == null) return null;
    String k = key(s);
    Outlet o = byName.get(k);
    if (o == null) {
      for (String prefix : new String[] {"صحيفه ", "جريده ", "وكاله ", "موقع ", "قناه ", "شبكه "}) {
        if (k.startsWith(prefix)) {
          o = byName.get(k.substring(prefix.length()));
          if (o != null) break;
        }
      }
    }
    return o;
  }

  /** The outlet whose site the URL is on, or null. */
  Outlet byUrl(String url) {
    if (url == null) return null;
    String host;
    String path;
    try {
      URI u = URI.create(url.strip().replace(" ", "%20"));
      host = u.getHost();
      path = u.getRawPath() == null ? "" : u.getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) return null;
    host = host.toLowerCase(Locale.ROOT);
    for (Host h : hosts) {
      if ((host.equals(h.host()) || host.endsWith("." + h.host())) && path.startsWith(h.pathPrefix())) return h.outlet();
    }
    return null;
  }

  /** The matching form of a name: normalised, quotes, dots and hyphens dropped, spaces collapsed. */
  static String key(String s) {
    String n = ArabicNormalizer.normalize(s.strip());
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == 'ة') c = 'ه';
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) b.append(' ');
        space = false;
        b.append(c);
      } else if (c != '.' && c != '-') {
        space = true;
      }
    }
    return b.toString();
  }
}
