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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One line every {@link #INTERVAL_SECONDS} s while a run's pipeline runs: the rows staged so far per staging
 * table and the rate since the last line, then that the final load is under way. Read from the warehouse's
 * statistics by the process that started the run, so it works alike on every runner, wherever the workers are,
 * and costs one catalog query per line.
 */
final class StagingProgress implements AutoCloseable {
  static final int INTERVAL_SECONDS = 5;

  private final PrintStream out;
  private final WarehouseConnection warehouse;
  private final String runId;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "staging-progress");
    thread.setDaemon(true);
    return thread;
  });
  private @Nullable Connection connection;
  private long lastTotal;
  private long lastNanos = startNanos;

  private boolean finalLoadBegun;

  private StagingProgress(PrintStream out, WarehouseConnection warehouse, String runId) {
    this.out = out;
    this.warehouse = warehouse;
    this.runId = runId;
  }

  /** Starts printing; {@link #close()} stops it. */
  static StagingProgress start(PrintStream out, WarehouseConnection warehouse, String runId) {
    StagingProgress progress = new StagingProgress(out, warehouse, runId);
    progress.timer.scheduleAtFixedRate(progress::printLine, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    return progress;
  }

  /** Prints one line; run by the timer (package-private for the tests). */
  void printLine() {
    try {
      if (connection == null) {
        connection = warehouse.open();
      }
      List<String> tables = new ArrayList<>();
      long total = 0;
      // Once the final load has begun it stays begun: at its commit it drops the staging partitions and lets go of
      // the lock, and a line read then would show staging again, at 0 rows.
      boolean finalLoad = finalLoadBegun;
      try (PreparedStatement ps = connection.prepareStatement(SqlFiles.read("run/staging_progress.sql"))) {
        ps.setString(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long rows = rs.getLong("rows_staged");
            if (rows > 0) {
              tables.add(String.format(Locale.ROOT, "%s %,d", rs.getString("staging_table"), rows));
            }
            total += rows;
            finalLoad |= rs.getBoolean("final_load");
          }
        }
      }
      finalLoadBegun = finalLoad;
      long now = System.nanoTime();
      // A timer that fell behind (a busy machine) catches up in a burst: never more than one line a second.
      if (now - lastNanos < TimeUnit.SECONDS.toNanos(1)) {
        return;
      }
      out.println(format((now - startNanos) / 1e9, finalLoad, total, (total - lastTotal) / ((now - lastNanos) / 1e9),
          tables));
      lastTotal = total;
      lastNanos = now;
    } catch (SQLException e) {
      // The run itself reports a warehouse that is gone; progress skips a line and reconnects.
      closeConnection();
    } catch (RuntimeException e) {
      // The timer runs nothing more after a task throws: say so, rather than fall silent for the rest of the run.
      out.println("progress: no more progress lines this run (" + e + "); the run goes on");
      throw e;
    }
  }

  /**
   * One progress line: {@code progress 0:25 staging: 1,203,112 rows staged (48,120 rows/s): ratings 1,200,000, ...},
   * or, once the staged rows are being loaded into the warehouse tables, {@code progress 1:10 final load ...}
   * without counts, which the statistics may still be catching up on.
   */
  static String format(double elapsedSeconds, boolean finalLoad, long total, double rowsPerSecond,
      List<String> tables) {
    long seconds = Math.round(elapsedSeconds);
    String elapsed = String.format(Locale.ROOT, "progress %d:%02d", seconds / 60, seconds % 60);
    if (finalLoad) {
      return elapsed + " final load: the staged rows go into the warehouse tables, then the checks run";
    }
    return String.format(Locale.ROOT, "%s staging: %,d rows staged (%,.0f rows/s)%s", elapsed, total, rowsPerSecond,
        tables.isEmpty() ? "" : ": " + String.join(", ", tables));
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // it is gone already
      }
      connection = null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdownNow();
    timer.awaitTermination(10, TimeUnit.SECONDS);
    closeConnection();
  }
}
