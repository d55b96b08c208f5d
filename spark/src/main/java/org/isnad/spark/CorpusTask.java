package org.isnad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.isnad.io.DatasetWriter;
import org.isnad.io.DigestBytes;
import org.isnad.link.CorpusLinker;
import org.isnad.link.CorpusLinks;
import org.isnad.link.ReuseDetector;
import scala.Tuple2;

/**
 * The cross-article stages after copied passages, as one task: the digests of every article (sent to one
 * partition by the shuffle before it), put back in input order, and the passages {@link ReuseStage} found,
 * linked by core's {@link CorpusLinker} (events, their sources and contradictions, stories and framing,
 * each by its own blocking keys inside). Its output is the cross-article files' lines, made as they are
 * taken, each tagged with its file.
 *
 * <p>Why one task and not Spark's groups for these: their keyed steps are not yet separable from the
 * linker (see the README's "Running on Spark"); the task holds what the single-machine run holds (about
 * 4 KB an article), on an executor, never on the driver.
 */
final class CorpusTask {
  static final List<String> FILES = List.of("claims.jsonl", "events.jsonl", "reuse.jsonl", "stories.jsonl", "framing.json");

  private CorpusTask() {}

  /**
   * Links {@code digests} (article index in input order → digest bytes) with the copied passages found
   * by {@link ReuseStage}; {@code stageMillis} receives the linker's own stage times.
   */
  static Iterator<Tuple2<String, String>> link(Iterator<Tuple2<Integer, byte[]>> digests, Iterator<ReuseStage.Found> found,
                                               Map<String, Long> stageMillis) {
    List<Tuple2<Integer, byte[]>> all = new ArrayList<>();
    digests.forEachRemaining(all::add);
    all.sort((x, y) -> Integer.compare(x._1(), y._1()));
    CorpusLinker linker = new CorpusLinker();
    try {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i)._1() != i) throw new IllegalStateException("digest " + i + " missing (found " + all.get(i)._1() + ")");
        linker.add(DigestBytes.decode(all.get(i)._2()));
        all.set(i, null); // the bytes go as their digest comes
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ReuseDetector.Passage> passages = new ArrayList<>();
    found.forEachRemaining(f -> passages.add(f.passage()));
    passages.sort(Comparator.comparingInt(ReuseDetector.Passage::a).thenComparingInt(ReuseDetector.Passage::b)
        .thenComparingInt(ReuseDetector.Passage::aFromWord));
    CorpusLinks links = linker.link(passages);
    if (stageMillis != null) stageMillis.putAll(linker.stageMillis());
    return new Lines(links);
  }

  /** The lines of the cross-article files in the order core's writer writes them. */
  private static final class Lines implements Iterator<Tuple2<String, String>> {
    private final List<List<?>> tables;
    private final Object framing;
    private int table;
    private int row;

    Lines(CorpusLinks l) {
      tables = List.of(l.claims(), l.events(), l.reuse(), l.stories());
      framing = l.framing();
    }

    @Override
    public boolean hasNext() {
      while (table < tables.size() && row >= tables.get(table).size()) {
        table++;
        row = 0;
      }
      return table <= tables.size() && !(table == tables.size() && row > 0);
    }

    @Override
    public Tuple2<String, String> next() {
      if (!hasNext()) throw new NoSuchElementException();
      try {
        if (table == tables.size()) {
          row++;
          return new Tuple2<>(FILES.get(table), DatasetWriter.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(framing));
        }
        return new Tuple2<>(FILES.get(table), DatasetWriter.JSON.writeValueAsString(tables.get(table).get(row++)));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
