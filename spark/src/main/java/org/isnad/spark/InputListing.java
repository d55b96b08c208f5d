package org.isnad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.isnad.read.InputProblem;

/**
 * The input files of a run, listed on the driver (names only, never contents): local paths as
 * {@code ./isnad analyze} lists them (a folder recursed, links followed, hidden files and a folder's own
 * notes skipped, sorted), Hadoop-style paths ({@code hdfs://}, {@code s3a://}, {@code file:///}) through
 * Hadoop's {@link FileSystem} the same way (and with Hadoop's patterns: {@code s3a://news/2018/*.warc.gz}). Parquet files (by their {@code .parquet} name, or locally by
 * their {@code PAR1} magic) are listed apart: Spark reads them as one table.
 */
record InputListing(List<String> files, List<String> parquet) implements Serializable {
  static InputListing of(List<String> inputs, Configuration hadoop, Consumer<InputProblem> problems) throws IOException {
    List<String> files = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    for (String in : inputs) {
      if (isLocal(in)) {
        Path p = Path.of(in);
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(f -> !Files.isDirectory(f) && isArticleFile(f.getFileName().toString())).forEach(found::add);
          } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new InputProblem(in, "cannot list folder: " + e.getMessage()));
          }
          found.sort(null);
        } else {
          found.add(p); // missing or unreadable: the reading task reports it, as core does
        }
        for (Path f : found) (isParquet(f) ? parquet : files).add(f.toString());
      } else {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
        FileSystem fs = p.getFileSystem(hadoop);
        // a pattern (hdfs:///news/*.warc.gz) as Hadoop matches it; a plain path matches itself
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) {
          problems.accept(new InputProblem(in, "no such file or directory"));
          continue;
        }
        List<String> found = new ArrayList<>();
        for (FileStatus m : matched) {
          if (m.isFile()) {
            found.add(m.getPath().toString());
            continue;
          }
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (s.isFile() && isArticleFile(s.getPath().getName())) found.add(s.getPath().toString());
          }
        }
        found.sort(null);
        for (String f : found) (f.toLowerCase(Locale.ROOT).endsWith(".parquet") ? parquet : files).add(f);
      }
    }
    return new InputListing(List.copyOf(files), List.copyOf(parquet));
  }

  /**
   * A path without a scheme, read as core reads it; {@code file:} URIs go through Hadoop's file system
   * like {@code hdfs://} ones (that is how the Hadoop-style path is tested without a cluster).
   */
  static boolean isLocal(String in) {
    // a scheme is two or more letters (digits, + . -) before ":/"; "C:/" or "a:b.txt" is a local file
    return !in.matches("(?s)[A-Za-z][A-Za-z0-9+.-]+:/.*");
  }

  /**
   * As core's reader decides for a folder's entries: hidden files and a corpus's notes (README, LICENSE,
   * NOTICE, *.md) are not articles; nor are Hadoop's markers ({@code _SUCCESS}, {@code .crc} files).
   */
  static boolean isArticleFile(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return !name.startsWith(".") && !name.startsWith("_") && !upper.startsWith("README")
        && !upper.startsWith("LICENSE") && !upper.startsWith("NOTICE") && !upper.endsWith(".MD");
  }

  private static boolean isParquet(Path f) {
    if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) return true;
    if (!Files.isRegularFile(f)) return false;
    try (InputStream in = Files.newInputStream(f)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1';
    } catch (IOException e) {
      return false; // the reading task reports it
    }
  }
}
