package com.movielytics.transforms.parse;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What one whole record of a source looks like, for the reader that finds record boundaries in a file's bytes:
 * whether quoted fields may hold line breaks, and, where they may, how to tell a record that swallowed or lost
 * a boundary (a stray quote) and where the next record starts.
 */
public interface RecordShape {
  /** Whether quoted fields may hold line breaks (TMDB overviews); otherwise every line is one record. */
  default boolean recordsSpanLines() {
    return false;
  }

  /** Null when {@code values} have the shape of one whole record (its number of fields); otherwise what is wrong. */
  @Nullable
  String checkShape(List<String> values);

  /**
   * Whether a record with these values plausibly starts at a line: after a broken record, reading resumes at
   * the first line where one does.
   */
  default boolean startsRecord(List<String> values) {
    return checkShape(values) == null;
  }
}
