package org.isnad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * What each stage of the run read and wrote through the shuffle, from Spark's own task metrics: the
 * figures that say how the job will scale on a cluster (the bytes that cross the network per stage).
 */
final class StageReport extends SparkListener {
  record Stage(int id, String name, int tasks, long millis, long shuffleRead, long shuffleWrite, long records,
               long spilled) {}

  private final List<Stage> stages = new ArrayList<>();

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
    StageInfo s = done.stageInfo();
    TaskMetrics m = s.taskMetrics();
    long millis = s.completionTime().isDefined() && s.submissionTime().isDefined()
        ? (Long) s.completionTime().get() - (Long) s.submissionTime().get() : 0;
    stages.add(new Stage(s.stageId(), s.name(), s.numTasks(), millis,
        m == null ? 0 : m.shuffleReadMetrics().totalBytesRead(),
        m == null ? 0 : m.shuffleWriteMetrics().bytesWritten(),
        m == null ? 0 : m.shuffleWriteMetrics().recordsWritten(),
        m == null ? 0 : m.diskBytesSpilled()));
  }

  synchronized List<Stage> stages() {
    return List.copyOf(stages);
  }

  /** One line per stage: id, tasks, seconds, shuffle read and written (MB), records written, spilled to disk. */
  synchronized String table() {
    StringBuilder b = new StringBuilder("stage\ttasks\tseconds\tshuffle read MB\tshuffle write MB\trecords written\tspilled MB\tname\n");
    for (Stage s : stages) {
      b.append(String.format(Locale.ROOT, "%d\t%d\t%.1f\t%.1f\t%.1f\t%d\t%.1f\t%s%n", s.id(), s.tasks(), s.millis() / 1e3,
          s.shuffleRead() / 1e6, s.shuffleWrite() / 1e6, s.records(), s.spilled() / 1e6, s.name()));
    }
    return b.toString();
  }
}
