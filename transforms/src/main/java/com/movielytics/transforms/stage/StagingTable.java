package com.movielytics.transforms.stage;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A staging table and how one record fills its row. The insert is {@code sql/staging/<name>.sql}; parameter 1 is
 * always the run id, so binders start at parameter 2.
 */
public record StagingTable<T>(String name, Binder<T> binder) implements Serializable {

  /** Binds a record's fields from parameter 2 on. */
  @FunctionalInterface
  public interface Binder<T> extends Serializable {
    void bind(T row, PreparedStatement statement) throws SQLException;
  }
}
