package com.movielytics.pipeline.report;

import com.movielytics.transforms.sql.SqlFiles;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The rows of one of the report's queries ({@code sql/report/*.sql}, or a run query the console uses too), with
 * the file they came from so that a page can show the SQL under its chart.
 */
record QueryResult(String sqlPath, List<String> columns, List<List<Object>> rows) {
  /** SQLSTATEs of a query over a table, view or function the warehouse does not have (yet). */
  private static final Set<String> ABSENT = Set.of("42P01", "42883", "3F000", "42703");

  /**
   * Runs the query in the connection's transaction; a query that fails is rolled back to where it began, so that
   * the transaction can go on (a page whose table is absent says so, and the next page is still read).
   */
  static QueryResult run(Connection c, String sqlPath, Object... parameters) throws SQLException {
    Savepoint before = c.setSavepoint();
    try {
      QueryResult result = query(c, sqlPath, parameters);
      c.releaseSavepoint(before);
      return result;
    } catch (SQLException e) {
      c.rollback(before);
      throw e;
    }
  }

  private static QueryResult query(Connection c, String sqlPath, Object... parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read(sqlPath))) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns.size(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Array array) {
              value = Arrays.asList((Object[]) array.getArray());
            } else if (value instanceof Integer number && meta.getColumnType(i) == Types.SMALLINT) {
              value = number.shortValue(); // the driver widens smallint; Html.format shows it as a year, not 2,006
            }
            row.add(value);
          }
          rows.add(Collections.unmodifiableList(row));
        }
        return new QueryResult(sqlPath, List.copyOf(columns), List.copyOf(rows));
      }
    }
  }

  /** Whether {@code e} says that a table, view, function or column the query uses is not in the warehouse. */
  static boolean isAbsent(SQLException e) {
    return ABSENT.contains(e.getSQLState());
  }

  /** Whether {@code e} says that the user may not read what the query reads (e.g. the analyst role, raw records). */
  static boolean isDenied(SQLException e) {
    return "42501".equals(e.getSQLState());
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The values of one column, in row order. */
  List<Object> column(String name) {
    int index = index(name);
    return rows.stream().map(row -> row.get(index)).toList();
  }

  /** One row's value of a column. */
  Object value(List<Object> row, String name) {
    return row.get(index(name));
  }

  private int index(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(sqlPath + " has no column " + name + ": " + columns);
    }
    return index;
  }

  /** One column's values as numbers (null where the value is NULL). */
  List<Double> numbers(String name) {
    return column(name).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }

  /** One column's values as text. */
  List<String> texts(String name) {
    return column(name).stream().map(String::valueOf).toList();
  }
}
