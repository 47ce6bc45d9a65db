package com.movielytics.transforms.stage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows for one staging insert, column by column: {@code sql/staging/<table>.sql} unnests one array per column, so
 * PostgreSQL parses one statement per batch instead of one per row.
 */
public record StagingBatch(Object[][] columns) {

  /** The rows of a list as one batch. */
  public static <T> StagingBatch of(StagingTable<T> table, List<T> rows) {
    Object[][] columns = new Object[table.width()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = table.types().get(c).newArray(rows.size());
    }
    Object[] values = new Object[table.width()];
    for (int r = 0; r < rows.size(); r++) {
      table.columns().fill(rows.get(r), values);
      for (int c = 0; c < values.length; c++) {
        columns[c][r] = values[c];
      }
    }
    return new StagingBatch(columns);
  }

  /** Binds the run (parameter 1) and one array per column, typed as its {@link ColumnType}. */
  public void bind(String runId, PreparedStatement statement) throws SQLException {
    statement.setString(1, runId);
    for (int c = 0; c < columns.length; c++) {
      statement.setObject(c + 2, columns[c]);
    }
  }
}
