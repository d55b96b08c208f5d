package org.isnad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.isnad.frame.FramingAnalyzer;
import org.isnad.io.DatasetWriter;
import scala.Tuple2;

/**
 * framing.json, which is one document over the whole corpus (each outlet's words for each actor, and each
 * article's position), so one task makes it: from each article's id, outlet and framing labels (a few
 * hundred bytes an article; no text), in input order, as core's linker does.
 */
final class FramingTask {
  private FramingTask() {}

  record Labels(String id, String outlet, Map<String, Map<String, Integer>> labels) implements java.io.Serializable {}

  static JavaRDD<String> framing(JavaPairRDD<Integer, ArticleFacts> facts) {
    return facts.mapValues(a -> new Labels(a.id(), a.outlet(), a.labels())).partitionBy(new HashPartitioner(1)).mapPartitions(FramingTask::frame);
  }

  private static Iterator<String> frame(Iterator<Tuple2<Integer, Labels>> it) {
    List<Tuple2<Integer, Labels>> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    all.sort((x, y) -> Integer.compare(x._1(), y._1()));
    List<String> ids = new ArrayList<>(all.size());
    List<String> outlets = new ArrayList<>(all.size());
    List<Map<String, Map<String, Integer>>> labels = new ArrayList<>(all.size());
    for (Tuple2<Integer, Labels> t : all) {
      ids.add(t._2().id());
      outlets.add(t._2().outlet());
      labels.add(t._2().labels());
    }
    try {
      return List.of(DatasetWriter.JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(FramingAnalyzer.load().frame(ids, outlets, labels))).iterator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
