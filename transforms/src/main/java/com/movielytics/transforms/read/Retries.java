package com.movielytics.transforms.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries of reads from a file system or object store: exponential backoff from an initial wait, doubled for
 * each failure in a row, at most 10 s. A read error is retried, never taken for data; a {@link Refused} one is
 * not retried, since asking again cannot change the answer.
 */
public final class Retries {
  private static final Logger LOG = LoggerFactory.getLogger(Retries.class);
  private static final long MAX_BACKOFF_MILLIS = 10_000;

  /** A read that may fail with an I/O error. */
  @FunctionalInterface
  public interface Read<T> {
    T call() throws IOException;
  }

  /** A read the store refused for good (access denied, no such bucket, no credentials): failed at once. */
  public static final class Refused extends IOException {
    public Refused(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Retries() {}

  /** Calls {@code read} until it succeeds or has failed {@code settings.readAttempts()} times in a row. */
  public static <T> T call(String what, ReadSettings settings, Read<T> read) throws IOException {
    for (int failures = 1; ; failures++) {
      try {
        return read.call();
      } catch (Refused e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        String why = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (failures >= settings.readAttempts()) {
          throw new IOException(
              String.format(Locale.ROOT, "%s failed, %d attempt(s) in a row: %s", what, failures, why), e);
        }
        backOff(what, why, failures, settings.readAttempts(), settings.initialBackoffMillis());
      }
    }
  }

  /** Logs a failed attempt and waits before the next: {@code failures} so far, in a row. */
  static void backOff(String what, String why, int failures, int attempts, long initialBackoffMillis)
      throws InterruptedIOException {
    long wait = Math.min(MAX_BACKOFF_MILLIS, initialBackoffMillis << Math.min(20, failures - 1));
    LOG.warn("{} broke ({}); attempt {} of {} in {} ms", what, why, failures + 1, attempts, wait);
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while retrying: " + what);
    }
  }
}
