package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roles of sql/roles/loader_and_analyst.sql on a warehouse first loaded by the superuser: the script runs as-is
 * with psql, twice; the pipeline then loads as {@code loader}, which is no superuser; and an analyst reads every
 * warehouse table and view but cannot write, truncate, or read staging, the quarantine's raw records, the load
 * manifest or the run log's inputs.
 */
class LeastPrivilegeIT {
  private static final Path SCRIPT = Path.of("..", "..", "sql", "roles", "loader_and_analyst.sql");
  /** Readable only in part, or not at all, by an analyst. */
  private static final Map<String, String> RESTRICTED = Map.of(
      "quarantine", "raw_record", "etl_run", "files_read", "load_manifest", "file_uri");

  @TempDir Path workDir;

  @Test
  void theLoaderLoadsAndTheAnalystOnlyReads() throws Exception {
    try (TestWarehouse server = TestWarehouse.start(workDir.resolve("warehouse"))) {
      Path sample = workDir.resolve("sample");
      SampleGenerator.sample(sample);
      TestWarehouse loader = server.newDatabase("least_privilege");
      TestWarehouse superuser = loader.asAdmin();

      Runs.Result legacy = Runs.run(superuser, workDir, sample.toString());
      assertTrue(legacy.outcome().succeeded(), legacy.summary());
      Map<String, String> loadedBySuperuser = superuser.checksums();
      assertEquals(List.of(List.of("postgres")), tableOwners(superuser), "a warehouse from before the roles");

      psql(superuser.connection(), SCRIPT);
      psql(superuser.connection(), SCRIPT); // idempotent
      assertEquals(List.of(List.of("loader")), tableOwners(superuser));
      assertEquals(List.of(List.of(false, false, false, false)), superuser.query(
          "SELECT rolsuper, rolcreatedb, rolcreaterole, has_database_privilege('loader', current_database(), 'CREATE')"
              + " FROM pg_roles WHERE rolname = 'loader'"));

      Runs.Result rebuilt = Runs.run(loader, workDir, sample.toString(), "--fullRefresh");
      assertTrue(rebuilt.outcome().succeeded(), rebuilt.summary());
      assertEquals(loadedBySuperuser, loader.checksums(), "the loader rebuilds the same warehouse");

      try (Connection c = superuser.connection().open(); Statement s = c.createStatement()) {
        s.execute("DROP ROLE IF EXISTS alice");
        s.execute("CREATE ROLE alice LOGIN IN ROLE analyst");
      }
      try (Connection c = loader.connection().open(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE movies_staging.ratings_probe (user_id integer)"); // what a run's staging holds
      }
      WarehouseConnection alice = new WarehouseConnection(
          loader.jdbcUrl().replaceFirst("([?&]user=)[^&]*", "$1alice"), "alice", null);
      List<List<Object>> relations = superuser.query(
          "SELECT c.relname::text, c.relkind::text FROM pg_class c "
              + "WHERE c.relnamespace = 'movies'::regnamespace AND c.relkind IN ('r', 'p', 'v') ORDER BY 1");
      assertTrue(relations.size() > 20, relations.toString());
      try (Connection c = alice.open(); Statement s = c.createStatement()) {
        for (List<Object> relation : relations) {
          String name = "movies." + relation.get(0);
          String hidden = RESTRICTED.get((String) relation.get(0));
          if (hidden == null) {
            s.executeQuery("SELECT * FROM " + name + " LIMIT 1").close();
          } else {
            assertDenied(s, "SELECT " + hidden + " FROM " + name);
          }
          if (relation.get(1).equals("v")) {
            continue;
          }
          assertDenied(s, "DELETE FROM " + name);
          assertDenied(s, "UPDATE " + name + " SET " + firstColumn(superuser, name) + " = NULL");
          assertDenied(s, "TRUNCATE " + name);
          assertDenied(s, "INSERT INTO " + name + " DEFAULT VALUES");
        }
        s.executeQuery("SELECT reason, source_file, record_number FROM movies.quarantine").close();
        s.executeQuery("SELECT status, load_mode, source_counts, phase_seconds FROM movies.etl_run").close();
        s.executeQuery("SELECT * FROM movies.top_rated_movies").close();
        assertDenied(s, "SELECT * FROM movies_staging.ratings_probe");
        assertDenied(s, "CREATE TABLE movies.mine (x integer)");
      }
    }
  }

  private static List<List<Object>> tableOwners(TestWarehouse warehouse) throws SQLException {
    return warehouse.query("SELECT DISTINCT tableowner::text FROM pg_tables WHERE schemaname = 'movies'");
  }

  private static String firstColumn(TestWarehouse warehouse, String table) throws SQLException {
    return (String) warehouse.query("SELECT attname::text FROM pg_attribute WHERE attrelid = ?::regclass AND attnum = 1",
        table).get(0).get(0);
  }

  /** PostgreSQL's "insufficient privilege", and nothing else (a typo in the test would fail differently). */
  private static void assertDenied(Statement s, String sql) {
    SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
    assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
  }

  /** The script as a DBA runs it: psql, stopping at the first error. */
  private void psql(WarehouseConnection superuser, Path script) throws Exception {
    String url = superuser.jdbcUrl().replaceFirst("^jdbc:", "").replaceFirst("//localhost", "//" + superuser.user()
        + "@localhost").replaceFirst("\\?.*$", "");
    Path log = Files.createTempFile(workDir, "psql", ".log");
    Process process = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f",
        script.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), "psql finishes");
    assertEquals(0, process.exitValue(), Files.readString(log));
    assertFalse(Files.readString(log).contains("ERROR"), Files.readString(log));
  }
}
