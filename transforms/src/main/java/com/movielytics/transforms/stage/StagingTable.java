package com.movielytics.transforms.stage;

import java.io.Serializable;

/**
 * A staging table and how one record fills its row: the text of each column after the run id, in the order of
 * {@code sql/staging/<name>.sql}, which casts them. Null is SQL NULL.
 */
public record StagingTable<T>(String name, int width, Columns<T> columns) implements Serializable {

  /** Writes a record's column texts into {@code values} (of length {@code width}). */
  @FunctionalInterface
  public interface Columns<T> extends Serializable {
    void fill(T row, String[] values);
  }
}
