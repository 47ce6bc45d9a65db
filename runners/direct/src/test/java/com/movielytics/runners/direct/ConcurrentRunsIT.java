package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs started at the same moment, each as its own process of the jar: over the same prefix, and over two prefixes
 * whose files overlap (byte-identical copies). One run at a time holds the warehouse, the other waits and then
 * plans against what the first committed: every file's content is loaded once and the warehouse equals the same
 * runs made one after the other. A run started while a --fullRefresh loads says whom it waits for.
 */
class ConcurrentRunsIT {
  @TempDir static Path workDir;
  static Path all;
  static Path overlapping;
  static TestWarehouse server;

  @BeforeAll
  static void inputs() throws Exception {
    all = workDir.resolve("all");
    SampleGenerator.generate(all, 100_000, 11);
    // A second prefix: copies of the first's files but the genome scores, and a day of re-ratings. Either prefix
    // loads on its own, so the runs may take the warehouse in either order.
    overlapping = Files.createDirectories(workDir.resolve("overlapping"));
    try (Stream<Path> files = Files.list(all)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("genome-scores")).toList()) {
        Files.copy(file, overlapping.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    StringBuilder day = new StringBuilder("userId,movieId,rating,timestamp\n");
    Files.readAllLines(all.resolve("ratings.csv"), StandardCharsets.ISO_8859_1).stream()
        .filter(line -> line.matches("\\d+,\\d+,\\d\\.\\d,\\d+")).limit(200)
        .map(line -> line.split(","))
        .forEach(r -> day.append(r[0]).append(',').append(r[1]).append(",0.5,")
            .append(Long.parseLong(r[3]) + 86_400).append('\n')); // re-rated a day later
    Files.writeString(overlapping.resolve("ratings_20240722.csv"), day);
    server = TestWarehouse.start(workDir.resolve("warehouse"));
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(server);
  }

  @Test
  void twoRunsOverTheSamePrefixLoadEveryFileOnce() throws Exception {
    TestWarehouse concurrent = assertConcurrentEqualsSequential("same", all, all);
    assertEquals(List.of(List.of(1L)), concurrent.query("SELECT count(*) FROM movies.etl_run WHERE status = "
        + "'succeeded' AND jsonb_array_length(files_read) > 0"), "one run read the files, the other nothing");
  }

  @Test
  void twoRunsOverOverlappingPrefixesEqualTheSameRunsOneAfterTheOther() throws Exception {
    TestWarehouse concurrent = assertConcurrentEqualsSequential("overlap", all, overlapping);
    assertEquals(List.of(List.of(0L)), concurrent.query("SELECT count(*) FROM (SELECT sha256 FROM "
        + "movies.load_manifest WHERE status = 'loaded' GROUP BY sha256 HAVING count(*) > 1) twice"),
        "no content loaded twice");
  }

  /**
   * Runs over {@code first} and {@code second} one after the other into one database, and started at the same
   * moment into another: the final tables must be equal and every record read once. Returns the concurrent one.
   */
  private static TestWarehouse assertConcurrentEqualsSequential(String name, Path first, Path second)
      throws Exception {
    TestWarehouse sequential = server.newDatabase(name + "_sequential");
    assertEquals(0, finish(start(sequential, first, name + "-seq-1")));
    assertEquals(0, finish(start(sequential, second, name + "-seq-2")));

    TestWarehouse concurrent = server.newDatabase(name + "_concurrent");
    Process one = start(concurrent, first, name + "-1");
    Process other = start(concurrent, second, name + "-2");
    assertEquals(0, finish(one));
    assertEquals(0, finish(other));

    assertEquals(sequential.checksums(), concurrent.checksums());
    assertEquals(readPerSource(sequential), readPerSource(concurrent), "every record read once");
    return concurrent;
  }

  @Test
  void aRunStartedDuringAFullRefreshWaitsForIt() throws Exception {
    TestWarehouse warehouse = server.newDatabase("during_full_refresh");
    assertEquals(0, finish(start(warehouse, all, "first")));
    Process refresh;
    Process next;
    // Holds the full refresh in its final step (it empties movies.ratings) until the second run is seen waiting.
    try (Connection c = warehouse.connection().open(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("LOCK TABLE movies.ratings IN SHARE MODE");
      refresh = start(warehouse, all, "refresh", "--fullRefresh");
      awaitStaging(warehouse, refresh);
      next = start(warehouse, all, "next");
      awaitOutput(workDir.resolve("next.log"), "waiting for it to finish");
      c.rollback();
    }
    assertEquals(0, finish(refresh));
    assertEquals(0, finish(next));
    String output = Files.readString(workDir.resolve("next.log"));
    assertTrue(output.matches("(?s).*Run \\S+ \\(full_refresh, started [^)]+\\) is loading this warehouse; waiting "
        + "for it to finish \\(one run at a time per warehouse\\).*"), output);
    assertTrue(output.contains("0 file(s) to read"), output);
  }

  private static void awaitOutput(Path log, String text) throws Exception {
    for (int i = 0; i < 1200; i++) {
      if (Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("never printed \"" + text + "\": " + Files.readString(log));
  }

  private static Process start(TestWarehouse warehouse, Path input, String name, String... extra) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", System.getProperty("movielytics.jar"), "--inputPrefix=" + input,
        "--jdbcUrl=" + warehouse.jdbcUrl(), "--workDir=" + workDir));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(workDir.resolve(name + ".log").toFile()).start();
  }

  private static int finish(Process run) throws Exception {
    assertTrue(run.waitFor(5, TimeUnit.MINUTES), "the run ends");
    return run.exitValue();
  }

  private static void awaitStaging(TestWarehouse warehouse, Process run) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue(run.isAlive(), "the full refresh ended before the second run started");
      try {
        if (!warehouse.query("SELECT 1 FROM movies.etl_run r WHERE r.status = 'running' AND EXISTS "
            + "(SELECT 1 FROM movies_staging.ratings s WHERE s.run_id = r.run_id)").isEmpty()) {
          return;
        }
      } catch (SQLException notYet) {
        // no staging table yet
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the full refresh staged nothing within 3 minutes");
  }

  /**
   * Per source, the records every run together read (what counts as loaded or as a duplicate depends on which
   * records share a run, so on the order the runs took the warehouse in).
   */
  private static List<List<Object>> readPerSource(TestWarehouse warehouse) throws SQLException {
    return warehouse.query("SELECT c.source, sum(c.read)::bigint FROM movies.etl_run r CROSS JOIN LATERAL "
        + "jsonb_to_recordset(r.source_counts) AS c(source text, read bigint) WHERE r.status = 'succeeded' "
        + "GROUP BY 1 ORDER BY 1");
  }
}
