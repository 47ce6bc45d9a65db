package com.movielytics.transforms.stage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Rows for one staging insert, column by column: {@code sql/staging/<table>.sql} unnests one text array per column,
 * so PostgreSQL parses one statement per batch instead of one per row.
 */
public record StagingBatch(String[][] columns) {

  /** The rows of a list as one batch. */
  public static <T> StagingBatch of(StagingTable<T> table, List<T> rows) {
    String[][] columns = new String[table.width()][rows.size()];
    String[] values = new String[table.width()];
    for (int r = 0; r < rows.size(); r++) {
      table.columns().fill(rows.get(r), values);
      for (int c = 0; c < values.length; c++) {
        columns[c][r] = values[c];
      }
    }
    return new StagingBatch(columns);
  }

  /** Binds the run (parameter 1) and one text array per column. */
  public void bind(String runId, PreparedStatement statement) throws SQLException {
    statement.setString(1, runId);
    for (int c = 0; c < columns.length; c++) {
      statement.setArray(c + 2, statement.getConnection().createArrayOf("text", columns[c]));
    }
  }
}
