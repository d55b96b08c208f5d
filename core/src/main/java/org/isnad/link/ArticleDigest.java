package org.isnad.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.isnad.model.Claim;
import org.isnad.model.Quantity;

/**
 * What the cross-article half keeps of one article: small, so that a whole corpus fits while the texts
 * themselves stream to disk. Built by {@link CorpusLinker#digest} in the per-article half.
 *
 * <p>The words are kept as 32-bit hashes of their lookup keys ({@link org.isnad.text.Tokens#key}: no
 * diacritics, no proclitics, no article) with their character offsets, which is all that finding and
 * aligning copied passages needs. The text itself is kept deflated (about a quarter of its size) and
 * only inflated for the few articles whose passages are written out.
 *
 * @param day         the publication date as an epoch day, or {@link EpochDay#UNKNOWN}
 * @param wordHash    hash of each word token's lookup key, punctuation skipped
 * @param wordStart   start offset of each word token in the cleaned text
 * @param wordEnd     end offset of each word token
 * @param packedText  the cleaned text, UTF-8 and deflated ({@link #text()} restores it)
 * @param quantities  the counts the claims refer to (only those)
 * @param labels      framing labels used in the article: {@code {entity: {label: count}}}
 * @param entities    canonical ids of the entities mentioned (distinct), for story keys
 */
public record ArticleDigest(String id, String outlet, String published, int day, String title,
                            int[] wordHash, int[] wordStart, int[] wordEnd, byte[] packedText,
                            List<Claim> claims, List<Quantity> quantities,
                            Map<String, Map<String, Integer>> labels, List<String> entities) {

  /** The outlet, or a stand-in unique to the article when the outlet is unknown (each such article is its own voice). */
  public String voice() {
    return outlet != null ? outlet : "article:" + id;
  }

  public int words() {
    return wordHash.length;
  }

  /** The cleaned text, inflated from {@link #packedText}. */
  public String text() {
    Inflater inf = new Inflater();
    try {
      inf.setInput(packedText);
      ByteArrayOutputStream out = new ByteArrayOutputStream(packedText.length * 4);
      byte[] buf = new byte[8192];
      while (!inf.finished()) {
        int n = inf.inflate(buf);
        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt packed text of " + id, e);
    } finally {
      inf.end();
    }
  }

  /** Deflates a text for {@link #packedText}. */
  public static byte[] pack(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    Deflater def = new Deflater(Deflater.BEST_SPEED);
    try {
      def.setInput(in);
      def.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 64);
      byte[] buf = new byte[8192];
      while (!def.finished()) {
        int n = def.deflate(buf);
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } finally {
      def.end();
    }
  }
}
