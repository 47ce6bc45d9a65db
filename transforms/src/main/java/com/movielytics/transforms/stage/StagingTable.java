package com.movielytics.transforms.stage;

import java.io.Serializable;
import java.util.List;

/**
 * A staging table and how one record fills its row: the value of each column after the run id, in the order of
 * {@code sql/staging/<name>.sql}, as the Java type of its {@link ColumnType}. Null is SQL NULL.
 */
public record StagingTable<T>(String name, List<ColumnType> types, Columns<T> columns) implements Serializable {

  public int width() {
    return types.size();
  }

  /** Writes a record's column values into {@code values} (of length {@code width}). */
  @FunctionalInterface
  public interface Columns<T> extends Serializable {
    void fill(T row, Object[] values);
  }
}
