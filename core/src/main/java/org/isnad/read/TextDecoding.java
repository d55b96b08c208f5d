package org.isnad.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or
 * Windows-1256, the Arabic code page older Arabic sites and Windows tools still write. UTF-8 is tried
 * strictly first; Windows-1256 is accepted only when the result reads as Arabic, because that code page
 * maps almost every byte and so would "decode" any garbage.
 */
final class TextDecoding {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private TextDecoding() {}

  /** The decoded text and the charset it was read with. */
  record Decoded(String text, Charset charset) {}

  /** Thrown when the bytes are neither UTF-8 nor Arabic Windows-1256. */
  static final class UndecodableException extends Exception {
    UndecodableException(String message) {
      super(message);
    }
  }

  static Decoded decode(byte[] b, int len) throws UndecodableException {
    if (len >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return new Decoded(new String(b, 2, len - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (len >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return new Decoded(new String(b, 2, len - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    int off = len >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    String utf8 = strictUtf8(b, off, len - off);
    if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
    String cp = new String(b, off, len - off, WINDOWS_1256);
    if (readsAsArabic(cp)) return new Decoded(cp, WINDOWS_1256);
    throw new UndecodableException("invalid UTF-8 (and not Windows-1256 Arabic either)");
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] b, int off, int len) {
    try {
      CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, len));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * True when most non-ASCII characters are Arabic letters, marks or punctuation: what a real
   * Windows-1256 Arabic text gives, and what random or Latin-1 bytes read through that code page do not.
   */
  static boolean readsAsArabic(String s) {
    int nonAscii = 0;
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) continue;
      nonAscii++;
      if ((c >= 0x0600 && c <= 0x06FF) || c == 0x00A0 || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
          || c == 0x00AB || c == 0x00BB || c == 0x2013 || c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D) {
        arabic++;
      }
    }
    return nonAscii > 0 && arabic * 10 >= nonAscii * 9;
  }
}
