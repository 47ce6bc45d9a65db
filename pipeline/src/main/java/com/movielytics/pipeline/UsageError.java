package com.movielytics.pipeline;

/**
 * A command line the tool cannot act on (an unknown option or runner, a value out of range): exit code 2, so a
 * scheduler can tell a typo from a failed load (exit 1). Thrown before anything is written.
 */
public final class UsageError extends IllegalArgumentException {
  public UsageError(String message) {
    super(message);
  }
}
