package com.movielytics.transforms.read;

import java.io.IOException;

/**
 * A file whose bytes cannot be split into records from some point on: no record boundary within the bound after a
 * broken record. Loading the part before it would lose the rest silently, so the file fails as a whole.
 */
public final class UnreadableRecordsException extends IOException {
  public UnreadableRecordsException(String message) {
    super(message);
  }
}
