package com.movielytics.pipeline;

import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints what a run did, read back from {@code movies.etl_run} and {@code movies.quality_result}. */
final class RunSummary {
  private RunSummary() {}

  /** Prints the summary and returns the run's status. */
  static String print(PrintStream out, WarehouseConnection warehouse, String runId)
      throws SQLException {
    try (Connection c = warehouse.open()) {
      String status;
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/run_summary.sql"))) {
        ps.setString(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("run " + runId + " is not in movies.etl_run");
          }
          status = rs.getString("status");
          out.printf("%nMovielytics run %s: %s on %s%n", runId, status.toUpperCase(Locale.ROOT),
              rs.getString("runner"));
          out.printf("Input: %s (%s)%n", rs.getString("input_prefix"), rs.getString("load_mode"));
          out.printf(Locale.ROOT, "Phases: read+parse+stage %s, upsert %s, marts %s, quality checks %s; total %s%n",
              seconds(rs, "stage_seconds"), seconds(rs, "upsert_seconds"), seconds(rs, "marts_seconds"),
              seconds(rs, "quality_seconds"),
              seconds(rs, "total_seconds"));
          if (rs.getString("error") != null) {
            out.printf("Error: %s%n", rs.getString("error"));
          }
        }
      }
      printCounts(out, c, runId, status.equals("failed"));
      printModel(out, c, runId);
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/run_warnings.sql"))) {
        ps.setString(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.printf("Warning: %s %s%n", rs.getString("file"), rs.getString("warning"));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/quality_results.sql"))) {
        ps.setString(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          out.println("Quality checks:");
          while (rs.next()) {
            boolean passed = rs.getBoolean("passed");
            out.printf("  %-4s %-34s %-26s%s%n",
                passed ? "ok" : rs.getString("severity").equals("warning") ? "warn" : "FAIL",
                rs.getString("check_name"),
                rs.getString("table_name"),
                passed
                    ? ""
                    : " " + rs.getLong("violations") + " violation(s), e.g. " + rs.getString("example"));
          }
        }
      }
      return status;
    }
  }

  /** The per-source counts; a failed run's were rolled back, so they are what it would have loaded. */
  private static void printCounts(PrintStream out, Connection c, String runId, boolean failed) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/run_source_counts.sql"))) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (failed) {
          out.println("Nothing of this run reached the final tables; its files stay pending. It would have loaded:");
        }
        out.printf("  %-17s %6s %12s %12s %11s %12s%n", "source", "files", "read", failed ? "valid" : "loaded",
            "duplicates", "quarantined");
        while (rs.next()) {
          out.printf(Locale.ROOT, "  %-17s %6d %,12d %,12d %,11d %,12d%n", rs.getString("source"),
              rs.getLong("files"), rs.getLong("read"), rs.getLong("loaded"), rs.getLong("duplicates"),
              rs.getLong("quarantined"));
        }
      }
    }
  }

  /**
   * One line: the rows of the users and genome tables and the marts, the history tables' versions and this run's
   * share.
   */
  private static void printModel(PrintStream out, Connection c, String runId) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/model_counts.sql"))) {
      ps.setString(1, runId);
      ps.setString(2, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long madeByRun = rs.getLong("made_by_run");
          String versions = rs.wasNull() ? "" : String.format(Locale.ROOT, " (%,d new)", madeByRun);
          tables.add(
              String.format(Locale.ROOT, "%s %,d%s", rs.getString("table_name"), rs.getLong("row_count"), versions));
        }
      }
    }
    out.printf("Model: %s%n", String.join(", ", tables));
  }

  private static String seconds(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? "-" : String.format(Locale.ROOT, "%.1fs", value);
  }
}
