package com.movielytics.transforms.read;

import java.io.Serializable;

/**
 * How input files are read: the bound on one record's bytes (beyond it a record is broken, and memory stays
 * bounded by it), how often a failed read is retried before the run fails, and the size of the ranges a big file
 * is read in.
 *
 * @param maxRecordBytes the most bytes one record may hold
 * @param readAttempts how many times in a row a read of a file may fail before the run fails
 * @param initialBackoffMillis the wait before the first retry of a read, doubled for each further one
 * @param splitBytes the size of the ranges a file whose records are lines is read in, side by side
 */
public record ReadSettings(int maxRecordBytes, int readAttempts, long initialBackoffMillis, long splitBytes)
    implements Serializable {
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;
  public static final int DEFAULT_READ_ATTEMPTS = 5;
  public static final long DEFAULT_INITIAL_BACKOFF_MILLIS = 500;
  public static final long DEFAULT_SPLIT_BYTES = 16L << 20;

  public static ReadSettings defaults() {
    return new ReadSettings(DEFAULT_MAX_RECORD_BYTES, DEFAULT_READ_ATTEMPTS, DEFAULT_INITIAL_BACKOFF_MILLIS,
        DEFAULT_SPLIT_BYTES);
  }
}
