package org.isnad.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's GZIP codec on the JDK's own gzip: Parquet's default codec factory builds Hadoop codecs from
 * a Hadoop configuration, which needs all of Hadoop's runtime (30 MB more) on the class path. GZIP pages
 * are plain gzip streams, which every Parquet reader (Arrow, DuckDB, Spark, pandas) reads.
 */
final class GzipCodecs implements CompressionCodecFactory {
  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    check(codec);
    boolean gzip = codec == CompressionCodecName.GZIP;
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        if (!gzip) return bytes;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE, bytes.size() / 3 + 64));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
          bytes.writeAllTo(gz);
        }
        return BytesInput.from(out.toByteArray());
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    check(codec);
    boolean gzip = codec == CompressionCodecName.GZIP;
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int size) throws IOException {
        if (!gzip) return bytes;
        byte[] out = new byte[size];
        try (InputStream in = new GZIPInputStream(bytes.toInputStream())) {
          in.readNBytes(out, 0, size);
        }
        return BytesInput.from(out);
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
        byte[] in = new byte[compressedSize];
        input.get(in);
        output.put(decompress(BytesInput.from(in), size).toByteArray());
      }

      @Override
      public void release() {}
    };
  }

  private static void check(CompressionCodecName codec) {
    if (codec != CompressionCodecName.GZIP && codec != CompressionCodecName.UNCOMPRESSED) {
      throw new UnsupportedOperationException("only GZIP Parquet pages are read and written here, not " + codec);
    }
  }

  @Override
  public void release() {}
}
