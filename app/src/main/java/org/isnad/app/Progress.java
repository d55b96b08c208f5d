package org.isnad.app;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.isnad.Pipeline;

/**
 * Progress on stderr: a live bar when stderr is a terminal, otherwise a line every 5,000 articles (so
 * logs of long runs still show the pace). Problems print as their own lines, above the bar.
 */
final class Progress implements Pipeline.Progress, AutoCloseable {
  private final boolean terminal = System.console() != null;
  private ProgressBar bar;
  private int lastLogged;
  private final long t0 = System.nanoTime();

  @Override
  public synchronized void articles(int done) {
    if (terminal) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName("analyse").setUnit(" articles", 1).setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
            .continuousUpdate().build();
      }
      bar.stepTo(done);
    } else if (done - lastLogged >= 5000) {
      lastLogged = done;
      double s = (System.nanoTime() - t0) / 1e9;
      System.err.printf("isnad: %,d articles (%.0f/s)%n", done, done / s);
    }
  }

  @Override
  public synchronized void stage(String name) {
    closeBar();
    System.err.println("isnad: " + name + " ...");
  }

  synchronized void problem(String line) {
    System.err.println("isnad: skipped " + line);
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  @Override
  public synchronized void close() {
    closeBar();
  }
}
