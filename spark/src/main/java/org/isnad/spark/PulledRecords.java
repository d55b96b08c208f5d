package org.isnad.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.isnad.read.InputReader;

/**
 * A push reader (core's {@code InputReader} hands each record to a consumer) as the iterator a Spark
 * task returns: the reader runs on its own thread and fills a small queue, so that a multi-gigabyte WARC
 * file streams through the task instead of being held whole. When the task stops taking (it ended or was
 * killed), {@link #close} stops the reader at its next record.
 *
 * @param <T> what the reader produces
 */
final class PulledRecords<T> implements Iterator<T>, AutoCloseable {
  /** The reading itself: sends each record to the consumer it is given. */
  interface Reading<T> {
    void run(Consumer<T> sink) throws Exception;
  }

  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
  private final Thread thread;
  private volatile boolean closed;
  private volatile Throwable failure;
  private Object next;

  PulledRecords(String name, Reading<T> reading) {
    thread = new Thread(() -> {
      try {
        reading.run(this::put);
      } catch (InputReader.Stopped e) {
        return;
      } catch (Throwable e) {
        failure = e;
      }
      put(END);
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void put(Object o) {
    try {
      while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) if (closed) throw new InputReader.Stopped();
    } catch (InterruptedException e) {
      throw new InputReader.Stopped(); // core's reader lets this one through: it ends the reading
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    if (next == END) {
      if (failure != null) throw new IllegalStateException("reading failed", failure);
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) throw new NoSuchElementException();
    T t = (T) next;
    next = null;
    return t;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

}
