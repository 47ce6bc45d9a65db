package com.movielytics.pipeline.testing;

import com.movielytics.pipeline.EmbeddedWarehouse;
import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A real PostgreSQL for a test class, with the queries the tests assert on. */
public final class TestWarehouse implements AutoCloseable {
  private final EmbeddedWarehouse server;

  private TestWarehouse(EmbeddedWarehouse server) {
    this.server = server;
  }

  public static TestWarehouse start(Path workDir) throws IOException {
    return new TestWarehouse(EmbeddedWarehouse.start(workDir, 0));
  }

  public WarehouseConnection connection() {
    return server.connection();
  }

  public String jdbcUrl() {
    return connection().jdbcUrl();
  }

  /** Table name to "row_count checksum" for every final table (sql/analysis/warehouse_checksums.sql). */
  public Map<String, String> checksums() throws SQLException {
    Map<String, String> sums = new TreeMap<>();
    for (List<Object> row : query(SqlFiles.read("analysis/warehouse_checksums.sql"))) {
      sums.put((String) row.get(0), row.get(1) + " " + row.get(2));
    }
    return sums;
  }

  public long count(String table) throws SQLException {
    return ((Number) query("SELECT count(*) FROM " + table).get(0).get(0)).longValue();
  }

  /** Runs a read-only query written in a test, returning its rows. */
  public List<List<Object>> query(String sql, Object... parameters) throws SQLException {
    try (Connection c = connection().open();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** Per source "read loaded duplicates quarantined", from the run's record in movies.etl_run. */
  public Map<String, String> sourceCounts(String runId) throws SQLException {
    Map<String, String> counts = new TreeMap<>();
    for (List<Object> row : query(SqlFiles.read("run/run_source_counts.sql"), runId)) {
      counts.put((String) row.get(0), row.get(2) + " " + row.get(3) + " " + row.get(4) + " " + row.get(5));
    }
    return counts;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
