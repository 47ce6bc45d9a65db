package com.movielytics.transforms.warehouse;

import com.movielytics.transforms.sql.SqlFiles;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse side of a run, in plain JDBC: the schema, the run log, and the final step that turns a run's
 * staging rows into the star schema. The final step is all or nothing: upserts and quality checks share one
 * transaction, so a failed check leaves the final tables as they were.
 */
public final class WarehouseLoad {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseLoad.class);

  private WarehouseLoad() {}

  /** Creates or updates tables and views, and the analyst role's access to them; safe to run before every run. */
  public static void applySchema(WarehouseConnection warehouse) throws SQLException {
    try (Connection c = warehouse.open()) {
      c.setAutoCommit(false);
      execute(c, "run/lock_warehouse.sql");
      for (String file : SqlFiles.list("ddl")) {
        execute(c, file);
      }
      for (String file : SqlFiles.list("views")) {
        execute(c, file);
      }
      execute(c, "roles/analyst_access.sql");
      c.commit();
    }
  }

  /**
   * Records the start of a run in {@code movies.etl_run}, with the files it reads and skips, notes every file in
   * the load manifest, and creates the run's staging partitions.
   */
  public static void startRun(WarehouseConnection warehouse, RunStart start) throws SQLException {
    try (Connection c = warehouse.open()) {
      c.setAutoCommit(false);
      List<PlannedFile> read = start.files().stream().filter(PlannedFile::read).toList();
      List<PlannedFile> skipped = start.files().stream().filter(f -> !f.read()).toList();
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/start_run.sql"))) {
        ps.setString(1, start.runId());
        ps.setString(2, start.runner());
        ps.setString(3, start.inputPrefix());
        ps.setString(4, start.loadMode());
        ps.setArray(5, c.createArrayOf("text", read.stream().map(PlannedFile::uri).toArray()));
        ps.setArray(6, c.createArrayOf("text", skipped.stream().map(PlannedFile::uri).toArray()));
        ps.setArray(7, c.createArrayOf("text", skipped.stream().map(PlannedFile::reason).toArray()));
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/record_file_seen.sql"))) {
        for (PlannedFile file : start.files()) {
          ps.setString(1, file.uri());
          ps.setString(2, file.source());
          ps.setLong(3, file.sizeBytes());
          ps.setTimestamp(
              4, file.lastModifiedMillis() == null ? null : new Timestamp(file.lastModifiedMillis()));
          ps.setString(5, file.sha256());
          ps.setString(6, start.runId());
          ps.setString(7, file.manifestStatus());
          ps.setString(8, file.duplicateOf());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/create_staging.sql"))) {
        ps.setString(1, start.runId());
        ps.executeQuery().close();
      }
      c.commit();
    }
  }

  /**
   * Waits until no other run holds the warehouse (one run at a time), telling {@code notice} which run it waits
   * for, then takes the run's own lock. Both stay held on a connection of its own until the returned handle is
   * closed or the process dies: that is also how a later run tells a run in progress from one whose process was
   * killed. The wait is bounded by the statement timeout.
   */
  public static AutoCloseable holdRunLock(WarehouseConnection warehouse, String runId, Consumer<String> notice)
      throws SQLException {
    Connection c = warehouse.open();
    try (Statement s = c.createStatement()) {
      boolean free;
      try (ResultSet rs = s.executeQuery(SqlFiles.read("run/try_run_slot.sql"))) {
        free = rs.next() && rs.getBoolean(1);
      }
      if (!free) {
        notice.accept(runInProgress(s) + "; waiting for it to finish (one run at a time per warehouse)");
        try {
          s.executeQuery(SqlFiles.read("run/wait_run_slot.sql")).close();
        } catch (SQLException e) {
          throw "57014".equals(e.getSQLState()) // query_canceled: the statement timeout
              ? new SQLException("gave up waiting for the run in progress to finish (--statementTimeoutMinutes)",
                  e.getSQLState(), e)
              : e;
        }
      }
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/hold_run_lock.sql"))) {
        ps.setString(1, runId);
        ps.executeQuery().close();
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c::close;
  }

  private static String runInProgress(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery(SqlFiles.read("run/run_in_progress.sql"))) {
      if (rs.next()) {
        return "Run " + rs.getString("run_id") + " (" + rs.getString("load_mode") + ", started "
            + rs.getTimestamp("started_at").toInstant() + ") is loading this warehouse";
      }
    } catch (SQLException e) {
      if (!"42P01".equals(e.getSQLState())) { // undefined_table: the other run is creating the schema
        throw e;
      }
    }
    return "Another run is starting on this warehouse";
  }

  /**
   * Closes the runs that are still 'running' but whose process is gone (their run lock is free): marked failed,
   * their staging dropped. Their files stay pending for this run. Returns their ids.
   */
  public static List<String> closeOrphanedRuns(WarehouseConnection warehouse) throws SQLException {
    List<String> orphaned = new ArrayList<>();
    try (Connection c = warehouse.open();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SqlFiles.read("run/orphaned_runs.sql"))) {
      while (rs.next()) {
        orphaned.add(rs.getString("run_id"));
      }
      // The run locks taken by the query are held until this connection closes, so no process can claim a run
      // while it is being closed here.
      for (String runId : orphaned) {
        abandonRun(warehouse, runId, "the process running it ended without recording an outcome (killed or "
            + "crashed); closed by a later run, its files left pending");
      }
    }
    return orphaned;
  }

  /** Every file the warehouse has seen; empty when no run has created the schema yet (read-only). */
  public static List<ManifestEntry> manifest(WarehouseConnection warehouse) throws SQLException {
    List<ManifestEntry> entries = new ArrayList<>();
    try (Connection c = warehouse.open();
        Statement s = c.createStatement()) {
      try (ResultSet exists = s.executeQuery(SqlFiles.read("run/manifest_exists.sql"))) {
        exists.next();
        if (!exists.getBoolean(1)) {
          return entries;
        }
      }
      try (ResultSet rs = s.executeQuery(SqlFiles.read("run/manifest.sql"))) {
        while (rs.next()) {
          long lastModified = rs.getLong("last_modified_millis");
          entries.add(
              new ManifestEntry(
                  rs.getString("file_uri"), rs.getString("source"), rs.getLong("size_bytes"),
                  rs.wasNull() ? null : lastModified, rs.getString("sha256"), rs.getString("status"),
                  rs.getString("loaded_by_run")));
        }
      }
    }
    return entries;
  }

  /** Ends a run that found no new content: it succeeded and changed nothing. */
  public static void finishNothingToLoad(WarehouseConnection warehouse, String runId) throws SQLException {
    try (Connection c = warehouse.open()) {
      c.setAutoCommit(false);
      scopeToRun(c, runId);
      recordOutcome(c, runId, "succeeded", Instant.now(), List.of(), new LinkedHashMap<>(), List.of(), null);
      c.commit();
    }
  }

  /**
   * Marks a run failed that broke before the final step recorded an outcome, and drops its staging rows. Does
   * nothing to a run whose outcome is already recorded.
   */
  public static void abandonRun(WarehouseConnection warehouse, String runId, String error) throws SQLException {
    try (Connection c = warehouse.open()) {
      c.setAutoCommit(false);
      scopeToRun(c, runId);
      try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/fail_run.sql"))) {
        ps.setString(1, error);
        ps.setString(2, runId);
        ps.executeUpdate();
      }
      recordStageAndTotal(c, runId);
      execute(c, "run/drop_staging.sql");
      c.commit();
    }
  }

  private static void recordStageAndTotal(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/record_stage_and_total.sql"))) {
      ps.setString(1, runId);
      ps.executeUpdate();
    }
  }

  /**
   * The final step, run once after every staging write: reject-ratio gate, upserts, marts, quality checks, run
   * record, staging cleanup. A replay of this step for a run that already has an outcome does nothing.
   */
  public static void load(WarehouseConnection warehouse, String runId, QualityGates gates) throws SQLException {
    try (Connection c = warehouse.open()) {
      c.setAutoCommit(false);
      execute(c, "run/lock_warehouse.sql");
      scopeToRun(c, runId);
      RunState run = runState(c, runId);
      if (run == null || !run.status().equals("running")) {
        LOG.info("Run {} already {}; the warehouse load is not repeated", runId, run == null ? "gone" : run.status());
        c.rollback();
        return;
      }
      Instant stagedAt = Instant.now();
      execute(c, "run/tune_load.sql");
      setMaxDataAgeHours(c, gates.maxDataAgeHours());
      long counting = System.nanoTime();
      execute(c, "run/analyze_staging.sql");
      List<SourceCount> counts = sourceCounts(c);
      double countSeconds = seconds(counting);
      LOG.info("Run {}: statistics and counts of the staged rows in {}", runId, formatSeconds(counting));
      Map<String, Double> phases = new LinkedHashMap<>();

      String gateProblem = refusedFilesProblem(c);
      if (gateProblem == null) {
        gateProblem = rejectRatioProblem(counts, gates.maxRejectRatio(), runId);
      }
      if (gateProblem != null) {
        recordOutcome(c, runId, "failed", stagedAt, counts, phases, List.of(), gateProblem);
        c.commit();
        return;
      }

      long start = System.nanoTime();
      Set<String> sourcesRead = counts.stream().map(SourceCount::source).collect(Collectors.toSet());
      boolean fullRefresh = run.loadMode().equals("full_refresh");
      Set<String> firstLoads = noteFirstLoads(c);
      if (fullRefresh) {
        // Before noting what the run touches: a full refresh replaces no row, it writes every row anew.
        execute(c, "run/clear_final_tables.sql");
      }
      long noting = System.nanoTime();
      execute(c, "run/note_touched.sql");
      LOG.info("Run {}: sql/run/note_touched.sql in {}", runId, formatSeconds(noting));
      for (String file : SqlFiles.list("upsert")) {
        // A full refresh has cleared every table, so every step has work; otherwise a step whose table only
        // some sources change (-- requires:) is skipped when the run read none of them.
        if (!fullRefresh && !SqlFiles.applies(SqlFiles.requiredSources(SqlFiles.read(file)), sourcesRead)) {
          continue;
        }
        long step = System.nanoTime();
        String table = file.substring("upsert/".length(), file.length() - ".sql".length());
        if (firstLoads.contains(table)) {
          file = "first_load/" + table + ".sql";
          loadWithKeysBuiltAfter(c, "movies." + table, file);
        } else {
          execute(c, file);
        }
        LOG.info("Run {}: sql/{} in {}", runId, file, formatSeconds(step));
      }
      phases.put("upsert", seconds(start));

      start = System.nanoTime();
      boolean aggregatesAdjusted = refreshRatingAggregates(c, runId);
      for (String file : SqlFiles.list("marts")) {
        long step = System.nanoTime();
        execute(c, file);
        LOG.info("Run {}: sql/{} in {}", runId, file, formatSeconds(step));
      }
      phases.put("marts", seconds(start));

      start = System.nanoTime();
      execute(c, "run/count_facts.sql");
      // Adjusting the aggregates by the upsert's rows needs what scoping the checks to them does: that the upsert
      // was the only statement to write movies.ratings.
      execute(c, aggregatesAdjusted ? "run/written_ratings_upserted.sql" : "run/written_ratings_by_xmin.sql");
      List<QualityResult> results = new ArrayList<>();
      for (QualityCheck check : QualityCheck.all()) {
        if (check.appliesTo(sourcesRead)) {
          long step = System.nanoTime();
          results.add(run(c, check));
          LOG.info("Run {}: check {} in {}", runId, check.name(), formatSeconds(step));
        }
      }
      // The counts feed the reject-ratio gate and the reconciliation checks: quality work, done before the upserts.
      phases.put("quality", countSeconds + seconds(start));

      results.stream()
          .filter(r -> !r.passed() && !r.failsRun())
          .forEach(r -> LOG.warn("Run {}: warning from {}", runId, r.describe()));
      List<QualityResult> failed = results.stream().filter(QualityResult::failsRun).toList();
      if (failed.isEmpty()) {
        // The run's files count as loaded in the transaction that commits their rows, never before.
        execute(c, "run/mark_files_loaded.sql");
        recordOutcome(c, runId, "succeeded", stagedAt, counts, phases, results, null);
        c.commit();
        return;
      }
      // Undo the upserts, then record why in a transaction of its own.
      c.rollback();
      execute(c, "run/lock_warehouse.sql");
      scopeToRun(c, runId);
      String error =
          "quality check(s) failed, final tables left unchanged: "
              + failed.stream().map(QualityResult::describe).collect(Collectors.joining("; "));
      recordOutcome(c, runId, "failed", stagedAt, counts, phases, results, error);
      c.commit();
    }
  }

  /** Null when the run read every file as records; otherwise which files it refused, and why. */
  private static @Nullable String refusedFilesProblem(Connection c) throws SQLException {
    List<String> refused = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SqlFiles.read("run/refused_files.sql"))) {
      while (rs.next()) {
        refused.add(rs.getString("source") + " file " + rs.getString("source_file") + " refused: "
            + rs.getString("refusal"));
      }
    }
    return refused.isEmpty()
        ? null
        : String.join("; ", refused) + "; final tables left unchanged, the file(s) stay pending";
  }

  /** Null when every source is within the ratio; otherwise which source is over it, in words. */
  static @Nullable String rejectRatioProblem(List<SourceCount> counts, double maxRejectRatio, String runId) {
    List<String> over = new ArrayList<>();
    for (SourceCount count : counts) {
      if (count.rejectRatio() > maxRejectRatio) {
        over.add(
            String.format(
                Locale.ROOT, "%s quarantined %d of %d records (%.2f%%)",
                count.source(), count.quarantined(), count.read(), 100 * count.rejectRatio()));
      }
    }
    if (over.isEmpty()) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "reject ratio above --maxRejectRatio=%s: %s; final tables left unchanged, see movies.quarantine "
            + "where run_id = '%s'",
        maxRejectRatio, String.join(", ", over), runId);
  }

  private static void recordOutcome(
      Connection c,
      String runId,
      String status,
      Instant stagedAt,
      List<SourceCount> counts,
      Map<String, Double> phases,
      List<QualityResult> results,
      @Nullable String error)
      throws SQLException {
    execute(c, "run/publish_quarantine.sql");
    execute(c, "run/record_warnings.sql");
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/record_quality_result.sql"))) {
      for (QualityResult r : results) {
        ps.setString(1, runId);
        ps.setString(2, r.check());
        ps.setString(3, r.table());
        ps.setLong(4, r.violations());
        ps.setBoolean(5, r.passed());
        ps.setString(6, r.example());
        ps.setString(7, r.severity());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/finish_run.sql"))) {
      ps.setString(1, status);
      ps.setTimestamp(2, Timestamp.from(stagedAt));
      ps.setString(3, counts.stream().map(SourceCount::toJson).collect(Collectors.joining(",", "[", "]")));
      ps.setString(
          4,
          phases.entrySet().stream()
              .map(e -> String.format(Locale.ROOT, "\"%s\":%.3f", e.getKey(), e.getValue()))
              .collect(Collectors.joining(",", "{", "}")));
      ps.setString(5, error);
      ps.setString(6, runId);
      ps.executeUpdate();
    }
    recordStageAndTotal(c, runId);
    execute(c, "run/drop_staging.sql");
    if (error == null) {
      LOG.info("Run {} {}", runId, status);
    } else {
      LOG.error("Run {} {}: {}", runId, status, error);
    }
  }

  private static QualityResult run(Connection c, QualityCheck check) throws SQLException {
    long violations = 0;
    String example = null;
    String sql =
        SqlFiles.read("run/check_violations.sql")
            .replace("/* the check */", check.sql().strip().replaceFirst(";$", ""));
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (rs.next()) {
        violations = rs.getLong("violations");
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        // Column 1 is the count; the check's own columns follow.
        for (int i = 2; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i) + "=" + rs.getString(i));
        }
        example = String.join(", ", columns);
      }
    }
    return new QualityResult(check.name(), check.table(), check.severity(), violations, example);
  }

  /**
   * Brings the rating aggregates the marts are refreshed from (sql/ddl/rating_aggregates.sql) up to date with
   * movies.ratings: adjusted by the run's changes, or rebuilt with their keys built after when they cannot be
   * (sql/aggregates/rebuilt.sql). Returns whether they were adjusted.
   */
  private static boolean refreshRatingAggregates(Connection c, String runId) throws SQLException {
    execute(c, "aggregates/genre_masks.sql");
    boolean rebuilt;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SqlFiles.read("aggregates/rebuilt.sql"))) {
      rs.next();
      rebuilt = rs.getBoolean(1);
    }
    for (String file : SqlFiles.list(rebuilt ? "aggregates/rebuild" : "aggregates/adjust")) {
      long step = System.nanoTime();
      if (rebuilt) {
        String table = file.substring(file.lastIndexOf('/') + 1, file.length() - ".sql".length());
        loadWithKeysBuiltAfter(c, "movies_staging." + table, file);
      } else {
        execute(c, file);
      }
      LOG.info("Run {}: sql/{} in {}", runId, file, formatSeconds(step));
    }
    return !rebuilt;
  }

  /** Notes and returns the fact tables that hold no rows as the load begins (sql/run/note_first_loads.sql). */
  private static Set<String> noteFirstLoads(Connection c) throws SQLException {
    execute(c, "run/note_first_loads.sql");
    Set<String> empty = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SqlFiles.read("run/first_loads.sql"))) {
      while (rs.next()) {
        empty.add(rs.getString("table_name"));
      }
    }
    return empty;
  }

  /**
   * Fills an empty table with {@code file}'s insert, its keys dropped before and built after from the catalog's
   * definitions (sql/ddl/table_keys.sql): a sort-based build instead of a row-by-row one.
   */
  private static void loadWithKeysBuiltAfter(Connection c, String table, String file) throws SQLException {
    Array rebuild;
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/drop_keys.sql"))) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        rebuild = rs.getArray(1);
      }
    }
    execute(c, file);
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/rebuild_keys.sql"))) {
      ps.setArray(1, rebuild);
      ps.executeQuery().close();
    }
  }

  private static List<SourceCount> sourceCounts(Connection c) throws SQLException {
    execute(c, "run/count_sources.sql");
    List<SourceCount> counts = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SqlFiles.read("run/source_counts.sql"))) {
      while (rs.next()) {
        counts.add(
            new SourceCount(
                rs.getString("source"), rs.getLong("files"), rs.getLong("read"), rs.getLong("loaded"),
                rs.getLong("duplicates"), rs.getLong("quarantined")));
      }
    }
    return counts;
  }

  private record RunState(String status, String loadMode) {}

  /** The run's status and load mode, or null for a run that was never started. */
  private static @Nullable RunState runState(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/run_status.sql"))) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new RunState(rs.getString("status"), rs.getString("load_mode")) : null;
      }
    }
  }

  /** The freshness check's limit (sql/quality/ratings_fresh.sql), for this transaction. */
  private static void setMaxDataAgeHours(Connection c, int hours) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/set_max_data_age.sql"))) {
      ps.setString(1, Integer.toString(hours));
      ps.executeQuery().close();
    }
  }

  private static void scopeToRun(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/set_run_id.sql"))) {
      ps.setString(1, runId);
      ps.executeQuery().close();
    }
  }

  private static void execute(Connection c, String file) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(SqlFiles.read(file));
    } catch (SQLException e) {
      throw new SQLException("sql/" + file + ": " + e.getMessage(), e.getSQLState(), e);
    }
  }

  private static String formatSeconds(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", seconds(startNanos));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
