package org.isnad.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kind of content a file holds, decided from its first bytes (after gzip is undone), not from its
 * name: crawled files are often misnamed ({@code .txt} holding HTML, {@code .json} holding lines).
 */
enum Format {
  EMPTY, BINARY, TEXT, HTML, JSONL, JSON_ARRAY, WARC, FEED, XML;

  /** How many leading bytes {@link #detect} looks at. */
  static final int HEAD = 8192;

  /** The format of content that starts with {@code head} (up to {@link #HEAD} bytes). */
  static Format detect(byte[] head, int len) {
    int i = 0;
    if (len >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return TEXT; // UTF-16 with a byte-order mark: text, whatever it holds
    }
    if (len >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) i = 3;
    if (binaryKind(head, len) != null) return BINARY;
    while (i < len && isSpace(head[i])) i++;
    if (i >= len) return EMPTY;
    String start = new String(head, i, Math.min(len - i, 1024), StandardCharsets.ISO_8859_1);
    if (start.startsWith("WARC/")) return WARC;
    if (head[i] == '{') return JSONL;
    if (head[i] == '[' && firstNonSpaceAfter(head, i + 1, len) == '{') return JSON_ARRAY;
    if (head[i] == '<') {
      String low = new String(head, i, len - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      int feed = firstOf(low, "<rss", "<feed", "<rdf:rdf");
      int html = firstOf(low, "<html", "<!doctype html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title");
      if (feed >= 0 && (html < 0 || feed < html)) return FEED;
      if (html >= 0) return HTML;
      return low.startsWith("<?xml") ? XML : HTML;
    }
    return TEXT;
  }

  /** A name for well-known binary content ("PDF", "PNG image", ...), "binary" for other binary bytes, else null. */
  static String binaryKind(byte[] h, int len) {
    if (starts(h, len, "%PDF")) return "PDF document";
    if (len >= 4 && h[0] == (byte) 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') return "PNG image";
    if (starts(h, len, "GIF8")) return "GIF image";
    if (len >= 3 && h[0] == (byte) 0xFF && h[1] == (byte) 0xD8 && h[2] == (byte) 0xFF) return "JPEG image";
    if (len >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) return "ZIP archive (or Office document)";
    if (len >= 2 && h[0] == (byte) 0x1F && h[1] == (byte) 0x8B) return "gzip inside gzip";
    if (len >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') return "bzip2 archive";
    if (len >= 4 && h[0] == (byte) 0x7F && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') return "executable";
    if (len >= 2 && ((h[0] == (byte) 0xFF && h[1] == (byte) 0xFE) || (h[0] == (byte) 0xFE && h[1] == (byte) 0xFF))) return null;
    int control = 0;
    for (int i = 0; i < len; i++) {
      int b = h[i] & 0xFF;
      if (b == 0) return "binary";
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
    }
    return len > 0 && control * 20 > len ? "binary" : null;
  }

  private static boolean starts(byte[] h, int len, String magic) {
    if (len < magic.length()) return false;
    for (int i = 0; i < magic.length(); i++) if (h[i] != magic.charAt(i)) return false;
    return true;
  }

  private static int firstNonSpaceAfter(byte[] h, int from, int len) {
    for (int i = from; i < len; i++) if (!isSpace(h[i])) return h[i];
    return -1;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }

  private static int firstOf(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int at = s.indexOf(n);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  }
}
