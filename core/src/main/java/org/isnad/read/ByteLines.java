package org.isnad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line (and never more than
 * {@code cap} bytes of it): a line longer than the cap is skipped to its end and reported as such,
 * so a 50 MB line costs a scan, not 50 MB of heap (and not 100 MB of UTF-16).
 */
final class ByteLines {
  private final InputStream in;
  private final int cap;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkLen;
  private int chunkPos;
  private byte[] line = new byte[1 << 12];
  private int lineLen;
  private long lineNumber;
  private boolean tooLong;
  private long skippedBytes;

  ByteLines(InputStream in, int cap) {
    this.in = in;
    this.cap = cap;
  }

  /** Advances to the next line; false at the end of the stream. Throws what the stream throws (e.g. a truncated gzip). */
  boolean next() throws IOException {
    lineLen = 0;
    tooLong = false;
    skippedBytes = 0;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkLen) {
        chunkLen = in.read(chunk, 0, chunk.length);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          if (!any) return false;
          lineNumber++;
          return true;
        }
      }
      any = true;
      int start = chunkPos;
      int end = start;
      while (end < chunkLen && chunk[end] != '\n') end++;
      append(start, end);
      chunkPos = end;
      if (end < chunkLen) {
        chunkPos++; // past the newline
        lineNumber++;
        if (!tooLong && lineLen > 0 && line[lineLen - 1] == '\r') lineLen--;
        return true;
      }
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    if (tooLong) {
      skippedBytes += n;
      return;
    }
    if ((long) lineLen + n > cap) {
      tooLong = true;
      skippedBytes = (long) lineLen + n;
      lineLen = 0;
      return;
    }
    if (lineLen + n > line.length) line = Arrays.copyOf(line, Math.max(lineLen + n, Math.min(cap, line.length * 2)));
    System.arraycopy(chunk, from, line, lineLen, n);
    lineLen += n;
  }

  /** The current line's bytes (valid up to {@link #length()}), empty when the line was too long. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return lineLen;
  }

  /** 1-based number of the current line. */
  long number() {
    return lineNumber;
  }

  /** True when the current line was longer than the cap and was skipped. */
  boolean tooLong() {
    return tooLong;
  }

  /** The current line's length in bytes when it was skipped as too long. */
  long skippedBytes() {
    return skippedBytes;
  }

  /** True when the current line holds only whitespace. */
  boolean blank() {
    for (int i = 0; i < lineLen; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return !tooLong;
  }
}
