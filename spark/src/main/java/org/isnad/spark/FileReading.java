package org.isnad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.isnad.model.RawDocument;
import org.isnad.read.InputProblem;
import org.isnad.read.InputReader;
import scala.Tuple2;

/**
 * Reads one input file on an executor with core's own reader, so that formats (JSON Lines, WARC, HTML,
 * text, feeds, each also gzipped), ids, paths and the reasons given for bad records are those of
 * {@code ./isnad analyze}; the records stream through the task ({@link PulledRecords}). A Hadoop-style
 * file is first copied to the executor's local disk under its own name (core's reader works on local
 * files; a gzipped file cannot be split anyway), and the paths it reports are given back their original
 * name.
 */
final class FileReading {
  private FileReading() {}

  static Iterator<Tuple2<Position, Document>> read(int index, String file, Configuration hadoop,
                                                   Consumer<InputProblem> problems) {
    PulledRecords<Tuple2<Position, Document>> records = new PulledRecords<>("isnad-read-" + index, sink -> {
      if (InputListing.isLocal(file)) {
        read(index, Path.of(file), null, file, sink, problems);
        return;
      }
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(file);
      Path dir = Files.createTempDirectory("isnad-input");
      Path local = dir.resolve(remote.getName());
      try {
        try (InputStream in = remote.getFileSystem(hadoop).open(remote)) {
          Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          problems.accept(new InputProblem(file, "cannot read: " + e));
          return;
        }
        read(index, local, local.toString(), file, sink, problems);
      } finally {
        Files.deleteIfExists(local);
        Files.deleteIfExists(dir);
      }
    });
    TaskContext task = TaskContext.get();
    if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> records.close());
    return records;
  }

  private static void read(int index, Path p, String localName, String name, Consumer<Tuple2<Position, Document>> out,
                           Consumer<InputProblem> problems) {
    long[] n = {0};
    Consumer<RawDocument> docs = d -> {
      RawDocument named = localName == null ? d : new RawDocument(d.id(), renamed(d.path(), localName, name),
          d.outlet(), d.url(), d.published(), d.title(), d.body(), d.html(), d.byline());
      out.accept(new Tuple2<>(new Position(index, 0, n[0]++), Document.of(named)));
    };
    InputReader.read(List.of(p), docs, localName == null ? problems
        : q -> problems.accept(new InputProblem(renamed(q.path(), localName, name), q.reason())));
  }

  private static String renamed(String path, String localName, String name) {
    return path.startsWith(localName) ? name + path.substring(localName.length()) : path;
  }
}
