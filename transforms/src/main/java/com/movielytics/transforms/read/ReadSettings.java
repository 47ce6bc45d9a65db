package com.movielytics.transforms.read;

import java.io.Serializable;

/**
 * How input files are read: the bound on one record's bytes (beyond it a record is broken, and memory stays
 * bounded by it), how often a failed read is retried before the run fails, the size of the ranges a big file
 * is read in, and how many parsed records may wait for their staging write before readers wait.
 *
 * @param maxRecordBytes the most bytes one record may hold
 * @param readAttempts how many times in a row a read of a file may fail before the run fails
 * @param initialBackoffMillis the wait before the first retry of a read, doubled for each further one
 * @param splitBytes the size of the ranges a file whose records are lines is read in, side by side
 * @param maxRecordsAwaitingStaging the parsed records that may wait for their staging write before readers wait
 *     ({@link com.movielytics.transforms.stage.StagingBacklog}), or 0 for no bound
 */
public record ReadSettings(
    int maxRecordBytes, int readAttempts, long initialBackoffMillis, long splitBytes, long maxRecordsAwaitingStaging)
    implements Serializable {
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;
  public static final int DEFAULT_READ_ATTEMPTS = 5;
  public static final long DEFAULT_INITIAL_BACKOFF_MILLIS = 500;
  public static final long DEFAULT_SPLIT_BYTES = 16L << 20;
  /** About 100 batches: a few parts' records per worker, where 10 M ratings queued up to 3 M without a bound. */
  public static final long DIRECT_RUNNER_RECORDS_AWAITING_STAGING = 100_000;

  public static ReadSettings defaults() {
    return new ReadSettings(DEFAULT_MAX_RECORD_BYTES, DEFAULT_READ_ATTEMPTS, DEFAULT_INITIAL_BACKOFF_MILLIS,
        DEFAULT_SPLIT_BYTES, 0);
  }
}
