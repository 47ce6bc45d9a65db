package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse failing under a run, on the DirectRunner's jar and the Spark jar (local[2]), each as its own
 * process: PostgreSQL restarted (pg_ctl restart -m fast) while staging is written and while the final load
 * transaction inserts the ratings. The cut run exits 1 with a one-line reason within {@link #BOUND_SECONDS}; the
 * next run loads every file once, and the final tables equal an undisturbed load of the same files, row for row.
 * Also a warehouse that refuses connections, and one that accepts and never answers: each fails in seconds,
 * naming the host and port and never the password.
 */
class DatabaseFaultsIT {
  private static final long BOUND_SECONDS = 120;
  private static final String PASSWORD = "Kn0wn-db-Passw0rd";
  /** A staging write of the run is committed: staging is under way. */
  private static final String STAGING = "SELECT r.run_id FROM movies.etl_run r WHERE r.status = 'running' "
      + "AND EXISTS (SELECT 1 FROM movies_staging.ratings s WHERE s.run_id = r.run_id)";
  /** The final load transaction is inserting the ratings (a first load, with its keys built after). */
  private static final String FINAL_LOAD = "SELECT r.run_id FROM movies.etl_run r, pg_stat_activity a "
      + "WHERE r.status = 'running' AND a.datname = current_database() AND a.state = 'active' "
      + "AND a.pid <> pg_backend_pid() "
      + "AND a.query LIKE '%INSERT INTO movies.ratings %'";

  @TempDir static Path workDir;
  static Path input;
  static TestWarehouse server;
  static Map<String, String> undisturbed;
  static final List<String> figures = new ArrayList<>();

  @BeforeAll
  static void loadUndisturbed() throws Exception {
    input = workDir.resolve("input");
    SampleGenerator.generate(input, 300_000, 5);
    server = TestWarehouse.start(workDir.resolve("warehouse"));
    TestWarehouse reference = server.newDatabase("undisturbed");
    Runners.load(Runners.local().get(0), options(reference), Map.of(), workDir.resolve("undisturbed.log"));
    undisturbed = reference.checksums();
  }

  @AfterAll
  static void stop() throws Exception {
    System.out.println("fault | runner | exit | seconds from fault to exit | next run | reason\n"
        + String.join("\n", figures));
    if (server != null) {
      server.close();
    }
  }

  private static List<String> options(TestWarehouse warehouse) {
    return List.of("--inputPrefix=" + input, "--jdbcUrl=" + warehouse.jdbcUrl(), "--workDir=" + workDir);
  }

  @Test
  void restartWhileStagingIsWritten() throws Exception {
    for (Runners.Runner runner : Runners.local().subList(0, 2)) {
      restartDuring("restart while staging", runner, STAGING);
    }
  }

  @Test
  void restartDuringTheFinalLoadTransaction() throws Exception {
    for (Runners.Runner runner : Runners.local().subList(0, 2)) {
      restartDuring("restart in the final load", runner, FINAL_LOAD);
    }
  }

  private static void restartDuring(String fault, Runners.Runner runner, String when) throws Exception {
    String name = runner.name() + "_" + (when.equals(STAGING) ? "staging" : "final");
    TestWarehouse warehouse = server.newDatabase(name);
    List<String> args = new ArrayList<>(runner.launch());
    args.addAll(options(warehouse));
    int exit;
    double seconds;
    String reason;
    try (JavaProcess run = JavaProcess.start(workDir.resolve(name + ".log"), Map.of(), List.of(),
        args.toArray(String[]::new))) {
      String runId = await(warehouse, run, when);
      long cut = System.nanoTime();
      server.restartFast();
      exit = run.await(BOUND_SECONDS / 60 + 1);
      seconds = (System.nanoTime() - cut) / 1e9;
      reason = run.output().lines().filter(l -> l.startsWith("movielytics: ") || l.startsWith("Error: "))
          .findFirst().orElse("");
      assertEquals(1, exit, runner.name() + ", run " + runId + ": " + run.tail(30));
      assertFalse(reason.isEmpty(), "a one-line reason: " + run.tail(30));
    }
    assertTrue(seconds <= BOUND_SECONDS, runner.name() + " took " + seconds + " s to fail");
    assertEquals(0, warehouse.count("movies.ratings"), "nothing of the cut run reached the final tables");

    Runners.Measured next = Runners.measure(runner, List.of(), options(warehouse), Map.of(),
        workDir.resolve(name + "-next.log"));
    assertEquals(0, next.exit(), next.tail());
    assertEquals(undisturbed, warehouse.checksums(), "every row once, none lost: " + fault + " on " + runner.name());
    assertEquals(warehouse.count("movies.load_manifest"), warehouse.count("movies.load_manifest WHERE status = "
        + "'loaded'"), "every file loaded");
    assertEquals(0, warehouse.count("movies.etl_run WHERE status = 'running'"), "the cut run is closed");
    figures.add(String.format(Locale.ROOT, "%s | %s | %d | %.1f | %s in %.1f s, tables equal | %s", fault,
        runner.name(), exit, seconds, next.exit() == 0 ? "succeeded" : "failed", next.seconds(), reason));
  }

  /** Waits until {@code query} finds the run in the state the fault is for; returns its id. */
  private static String await(TestWarehouse warehouse, JavaProcess run, String query) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      assertTrue(run.isAlive(), "the run ended before the fault: " + run.tail(30));
      try {
        List<List<Object>> found = warehouse.query(query);
        if (!found.isEmpty()) {
          return (String) found.get(0).get(0);
        }
      } catch (SQLException schemaNotThereYet) {
        // The run has not applied the schema yet.
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the run never got there: " + run.tail(30));
  }

  @Test
  void aWarehouseThatRefusesOrNeverAnswersFailsInSecondsNamingItsHostAndPort() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    unreachable("refused", closedPort);

    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // and never a byte back
          }
        } catch (Exception closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      unreachable("accepts, never answers", silent.getLocalPort());
    }
  }

  private static void unreachable(String fault, int port) throws Exception {
    List<String> args = new ArrayList<>(Runners.local().get(0).launch());
    args.addAll(List.of("--inputPrefix=" + input, "--jdbcUrl=jdbc:postgresql://127.0.0.1:" + port + "/movielytics",
        "--jdbcUser=loader", "--connectTimeoutSeconds=3", "--workDir=" + workDir));
    long start = System.nanoTime();
    try (JavaProcess run = JavaProcess.start(workDir.resolve("unreachable-" + port + ".log"),
        Map.of("MOVIELYTICS_JDBC_PASSWORD", PASSWORD), List.of(), args.toArray(String[]::new))) {
      int exit = run.await(2);
      double seconds = (System.nanoTime() - start) / 1e9;
      String output = run.output();
      assertEquals(1, exit, output);
      assertTrue(output.contains("cannot connect to the warehouse at 127.0.0.1:" + port), output);
      assertFalse(output.contains(PASSWORD), "the password is never printed");
      assertTrue(seconds < 30, fault + " took " + seconds + " s");
      figures.add(String.format(Locale.ROOT, "unreachable warehouse (%s) | direct | %d | %.1f (JVM start to exit) | "
          + "- | %s", fault, exit, seconds, output.lines().filter(l -> l.contains("cannot connect")).findFirst()
          .orElse("")));
    }
  }
}
