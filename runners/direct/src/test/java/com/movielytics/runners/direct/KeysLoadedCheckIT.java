package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.stage.StagingTables;
import com.movielytics.transforms.warehouse.RunStart;
import com.movielytics.transforms.warehouse.WarehouseLoad;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reconciliation_keys_loaded checks a first load and a --fullRefresh by the table's row count, a delta key by key.
 * These tests run the check inside a load's transaction, on a load that lost a key and then on one that did not.
 */
class KeysLoadedCheckIT {
  @TempDir Path workDir;

  private static final String RUN_ID = "keys-loaded";

  /** Three records, two keys: the third re-rates the first. */
  private static final List<Rating> STAGED =
      List.of(new Rating("ratings.csv", 1, 1, 1, 4.0, 964982703L, 862),
          new Rating("ratings.csv", 2, 1, 2, 3.5, 964982704L, 862),
          new Rating("ratings.csv", 3, 1, 1, 5.0, 964990000L, 862));

  private static void execute(Connection c, String file) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(SqlFiles.read(file));
    }
  }

  /** A run that staged {@link #STAGED}, started with its schema. */
  private static void stageRun(TestWarehouse warehouse, boolean fullRefresh) throws Exception {
    WarehouseLoad.applySchema(warehouse.connection());
    WarehouseLoad.startRun(
        warehouse.connection(), new RunStart(RUN_ID, "DirectRunner", "test", fullRefresh, List.of()));
    warehouse.stage(RUN_ID, StagingTables.RATINGS, STAGED);
    warehouse.stage(RUN_ID, StagingTables.FILE_READ,
        List.of(new SourceFileRead("ratings", "ratings.csv", 0, 3, 4, 90, 90, null)));
  }

  /** What the load notes before its upserts: the run, its counts and its first loads. */
  private static void noteLoad(Connection c) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(SqlFiles.read("run/set_run_id.sql"))) {
      ps.setString(1, RUN_ID);
      ps.executeQuery().close();
    }
    execute(c, "run/count_sources.sql");
    execute(c, "run/note_first_loads.sql");
  }

  /** The check's rows, with the fact tables counted again as the load counts them before its checks. */
  private static List<String> violations(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS run_fact_rows");
    }
    execute(c, "run/count_facts.sql");
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SqlFiles.read("quality/reconciliation_keys_loaded.sql"))) {
      while (rs.next()) {
        rows.add(rs.getString(1) + ": " + rs.getString(2));
      }
    }
    return rows;
  }

  private static void insertRating(Connection c, int userId, int movielensId) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO movies.ratings (user_id, movielens_id, movie_id, rating, rated_at, rated_date) "
            + "VALUES (?, ?, 862, 4.0, now(), current_date)")) {
      ps.setInt(1, userId);
      ps.setInt(2, movielensId);
      ps.executeUpdate();
    }
  }

  @Test
  void aFirstLoadIsCheckedByItsRowCount() throws Exception {
    try (TestWarehouse warehouse = TestWarehouse.start(workDir)) {
      stageRun(warehouse, false);
      try (Connection c = warehouse.connection().open()) {
        c.setAutoCommit(false);
        noteLoad(c);

        insertRating(c, 1, 1); // a first load that lost the key 1/2
        assertEquals(List.of("ratings: rebuilt: 1 rows for 2 distinct staged keys"), violations(c));

        insertRating(c, 1, 2);
        assertEquals(List.of(), violations(c));
        c.rollback();
      }
    }
  }

  /** A table that held rows as the load began is checked key by key: a staged key it lacks is reported once. */
  @Test
  void aDeltaIsCheckedKeyByKey() throws Exception {
    try (TestWarehouse warehouse = TestWarehouse.start(workDir)) {
      stageRun(warehouse, false);
      try (Connection c = warehouse.connection().open()) {
        c.setAutoCommit(false);
        insertRating(c, 7, 7); // loaded by an earlier run: not a first load
        noteLoad(c);

        insertRating(c, 1, 2); // an upsert that lost the key 1/1, staged twice
        assertEquals(List.of("ratings: 1/1"), violations(c));

        insertRating(c, 1, 1);
        assertEquals(List.of(), violations(c));
        c.rollback();
      }
    }
  }

  /** A --fullRefresh empties the fact tables in its transaction: it is checked by the row count, as a first load. */
  @Test
  void aFullRefreshIsCheckedByItsRowCount() throws Exception {
    try (TestWarehouse warehouse = TestWarehouse.start(workDir)) {
      stageRun(warehouse, true);
      try (Connection c = warehouse.connection().open()) {
        c.setAutoCommit(false);
        insertRating(c, 7, 7); // loaded by an earlier run
        noteLoad(c);
        execute(c, "run/clear_final_tables.sql");

        insertRating(c, 1, 1); // a refresh that lost the key 1/2
        assertEquals(List.of("ratings: rebuilt: 1 rows for 2 distinct staged keys"), violations(c));

        insertRating(c, 1, 2);
        assertEquals(List.of(), violations(c));
        c.rollback();
      }
    }
  }
}
