package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.ExpectedCounts;
import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed between staging and upsert (kill -9 of the jar while its JdbcIO writes are under way): nothing of
 * it reaches the final tables, and the next run closes it and loads its files exactly once.
 */
class KilledRunIT {
  @TempDir Path workDir;

  @Test
  void theNextRunClosesAKilledRunAndLoadsItsFilesOnce() throws Exception {
    Path input = workDir.resolve("input");
    ExpectedCounts expected = SampleGenerator.generate(input, 300_000, 5);
    try (TestWarehouse warehouse = TestWarehouse.start(workDir.resolve("warehouse"))) {
      Process run = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
              System.getProperty("movielytics.jar"), "--inputPrefix=" + input, "--jdbcUrl=" + warehouse.jdbcUrl())
          .redirectErrorStream(true)
          .redirectOutput(workDir.resolve("killed.log").toFile())
          .start();
      String killed;
      try {
        killed = awaitStaging(warehouse, run);
      } finally {
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      assertEquals(List.of(List.of("running")),
          warehouse.query("SELECT status FROM movies.etl_run WHERE run_id = ?", killed));
      assertEquals(0, warehouse.count("movies.ratings"), "nothing of the killed run reached the final tables");
      assertEquals(10, warehouse.count("movies.load_manifest WHERE status = 'pending'"));

      Runs.Result next = Runs.run(warehouse, workDir, input.toString());

      assertTrue(next.outcome().succeeded(), next.summary());
      assertTrue(next.summary().contains("Run " + killed + " had lost its process"), next.summary());
      List<Object> record = warehouse.query("SELECT status, error FROM movies.etl_run WHERE run_id = ?", killed).get(0);
      assertEquals("failed", record.get(0));
      assertTrue(((String) record.get(1)).contains("ended without recording an outcome"), (String) record.get(1));
      assertEquals(0, warehouse.count("pg_class WHERE relname LIKE '%" + killed + "'"),
          "the killed run's staging partitions are dropped");
      assertEquals(10, warehouse.count("movies.load_manifest WHERE status = 'loaded'"));
      Map<String, String> wanted = new TreeMap<>();
      expected.sources().forEach((source, e) ->
          wanted.put(source, e.read() + " " + e.loaded() + " " + e.duplicates() + " " + e.quarantined()));
      assertEquals(wanted, warehouse.sourceCounts(next.outcome().runId()), "every file read once, in full");
      assertEquals(expected.tableRows().get("ratings"), warehouse.count("movies.ratings"));
    }
  }

  /** Waits until the jar's run has staged rows, and returns its id. */
  private static String awaitStaging(TestWarehouse warehouse, Process run) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue(run.isAlive(), "the run ended before it could be killed");
      try {
        List<List<Object>> staging = warehouse.query(
            "SELECT r.run_id FROM movies.etl_run r WHERE r.status = 'running' "
                + "AND EXISTS (SELECT 1 FROM movies_staging.ratings s WHERE s.run_id = r.run_id)");
        if (!staging.isEmpty()) {
          return (String) staging.get(0).get(0);
        }
      } catch (SQLException schemaNotThereYet) {
        // The jar has not applied the schema yet.
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the run staged nothing within 3 minutes");
  }
}
