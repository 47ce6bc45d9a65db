package com.movielytics.transforms.stage;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.joda.time.Duration;

/**
 * A run's parsed records that no staging write has taken yet, counted in the JVM that parses and stages them, and
 * the bound that readers wait under before they read their next part.
 *
 * <p>The DirectRunner has no backpressure: it queues whatever the readers parse ahead of the writers, which at
 * 10 M ratings was up to 3 M records and 400 MB of heap, enough for the JVM to take all of {@code -Xmx1g}. Other
 * runners fuse a reader with its staging write, and take a reader's records only once its part returns: there a
 * bound would hold readers back for nothing, so they run with none ({@code maxRecords} 0).
 *
 * <p>A reader never waits on a count that does not move: once no write has taken records for {@link #STALL}, the
 * bound no longer holds back the run's readers.
 *
 * @param run the run whose records are counted: a JVM may run one run after another (tests), or side by side
 * @param maxRecords the most parsed records waiting for their write before readers wait, or 0 for no bound
 */
public record StagingBacklog(String run, long maxRecords) implements Serializable {
  /** How long a reader waits before it looks at the count again. */
  static final Duration WAIT = Duration.millis(100);

  /** How long the count may stand still before readers stop waiting on it. */
  static final Duration STALL = Duration.standardSeconds(5);

  private static final ConcurrentMap<String, Count> COUNTS = new ConcurrentHashMap<>();

  public static StagingBacklog none() {
    return new StagingBacklog("", 0);
  }

  /** Counts records a reader emitted for staging. */
  public void parsed(long records) {
    if (maxRecords > 0) {
      count().pending.addAndGet(records);
    }
  }

  /** Counts records a staging write took. */
  public void staged(long records) {
    if (maxRecords > 0) {
      Count count = count();
      count.pending.addAndGet(-records);
      count.lastTakenNanos = System.nanoTime();
    }
  }

  /** How long a reader waits before reading its next part: zero to read now. */
  public Duration waitBeforeReading() {
    if (maxRecords <= 0) {
      return Duration.ZERO;
    }
    Count count = count();
    boolean moving = System.nanoTime() - count.lastTakenNanos < STALL.getMillis() * 1_000_000;
    return count.pending.get() > maxRecords && moving ? WAIT : Duration.ZERO;
  }

  private Count count() {
    return COUNTS.computeIfAbsent(run, r -> new Count());
  }

  private static final class Count {
    final AtomicLong pending = new AtomicLong();
    /** From the first record counted: the writers' connections take a moment to open. */
    volatile long lastTakenNanos = System.nanoTime();
  }
}
