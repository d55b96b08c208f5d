package org.isnad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the data set to a local or Hadoop-style folder: each file of SPEC's table as Spark's part files
 * (one per partition, in partition order, so in input order), then merged into the one file SPEC names;
 * and each JSON Lines table also as Parquet under {@code parquet/<table>/}, its schema read from the lines
 * (Spark's JSON schema: columns by name; a table with no rows has no Parquet).
 */
final class DatasetOutput {
  private final SparkSession spark;
  private final Path dir;
  private final FileSystem fs;

  DatasetOutput(SparkSession spark, String dir) throws IOException {
    this.spark = spark;
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    this.dir = new Path(dir);
    this.fs = this.dir.getFileSystem(conf);
    fs.setWriteChecksum(false); // the local file system's .crc beside each file is no part of the data set
    fs.mkdirs(this.dir);
  }

  /** Writes {@code lines} as {@code file} (and, for a {@code .jsonl} file, as Parquet); returns the bytes written. */
  long write(String file, JavaRDD<String> lines) throws IOException {
    Path parts = new Path(dir, "_parts/" + file);
    fs.delete(parts, true);
    spark.sparkContext().setJobDescription("write " + file);
    lines.saveAsTextFile(parts.toString());
    long bytes = merge(parts, new Path(dir, file), file.endsWith(".json"));
    if (file.endsWith(".jsonl") && bytes > 0) { // an empty table has no schema to write
      String table = file.substring(0, file.length() - ".jsonl".length());
      spark.sparkContext().setJobDescription("parquet " + table);
      Dataset<String> json = spark.read().textFile(new Path(dir, file).toString());
      Dataset<Row> rows = spark.read().json(json);
      rows.write().mode(SaveMode.Overwrite).parquet(new Path(dir, "parquet/" + table).toString());
    }
    fs.delete(parts, true);
    return bytes;
  }

  /** Removes what the part files left. */
  void finish() throws IOException {
    fs.delete(new Path(dir, "_parts"), true);
  }

  /** Concatenates the part files in order; {@code single}: one JSON document, without the line end Spark adds. */
  private long merge(Path parts, Path target, boolean single) throws IOException {
    FileStatus[] files = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
    Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    long total = 0;
    try (OutputStream out = fs.create(target, true)) {
      byte[] buf = new byte[1 << 16];
      boolean pendingNewline = false;
      for (FileStatus f : files) {
        try (InputStream in = fs.open(f.getPath())) {
          int n;
          while ((n = in.read(buf)) > 0) {
            if (pendingNewline) {
              out.write('\n');
              total++;
              pendingNewline = false;
            }
            int keep = n;
            if (single && buf[n - 1] == '\n') {
              keep--;
              pendingNewline = true; // written only when more follows
            }
            out.write(buf, 0, keep);
            total += keep;
          }
        }
      }
    }
    return total;
  }
}
