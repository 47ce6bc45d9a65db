package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.SharedData;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input from S3 on every runner, each started as a user starts it: the DirectRunner jar, the Spark jar
 * on local[2], the spark-submit jar submitted to a standalone Spark cluster (a Master and a Worker started here
 * from Maven's Spark jars), and the Flink jar on an embedded MiniCluster. Every runner loads its own database;
 * the final tables, the quarantine and the run's counts must be identical.
 */
class RunnerEquivalenceIT {
  @TempDir static Path workDir;
  static S3Server s3;
  static TestWarehouse server;
  static SparkStandalone cluster;
  static Map<String, String> credentials;

  /** How a runner is started: the JVM arguments before the user's options. */
  record Runner(String name, List<String> launch) {}

  @BeforeAll
  static void start() throws Exception {
    s3 = S3Server.start(workDir);
    // Every runner's processes (the Spark executors too) find S3 credentials the way a cluster's would: in the
    // environment, never on the command line.
    credentials = Map.of("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY,
        "SPARK_LOCAL_IP", "127.0.0.1");
    server = TestWarehouse.start(workDir.resolve("warehouse"));
    cluster = SparkStandalone.start(Path.of(System.getProperty("spark.home")), workDir, 2, credentials);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable resource : new AutoCloseable[] {cluster, s3, server}) {
      if (resource != null) {
        resource.close();
      }
    }
  }

  private static List<Runner> runners() {
    String submitJar = System.getProperty("jar.spark-submit");
    List<String> sparkSubmit = new ArrayList<>(cluster.jvm());
    sparkSubmit.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
        "--deploy-mode", "client", "--class", "com.movielytics.runners.spark.SparkLauncher",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
        submitJar, "--filesToStage=" + submitJar));
    return List.of(
        new Runner("direct", List.of("-jar", System.getProperty("jar.direct"))),
        new Runner("spark_local", List.of("-jar", System.getProperty("jar.spark"), "--sparkMaster=local[2]")),
        new Runner("spark_cluster", sparkSubmit),
        new Runner("flink_local",
            List.of("-jar", System.getProperty("jar.flink"), "--flinkMaster=[local]", "--parallelism=2")));
  }

  @Test
  void theGeneratedSampleLoadsTheSameOnEveryRunner() throws Exception {
    SampleGenerator.sample(workDir.resolve("sample"));
    assertEquivalent("sample", s3.upload(workDir.resolve("sample"), "equivalence", "sample"));
  }

  @Test
  void theRealDataLoadsTheSameOnEveryRunner() throws Exception {
    assumeTrue(SharedData.available(), SharedData.skipReason("RunnerEquivalenceIT (real data)"));
    Path input = SharedData.movielensScenario(workDir.resolve("movielens"));
    assertEquivalent("movielens", s3.upload(input, "equivalence", "movielens"));
  }

  /** Loads {@code inputPrefix} on every runner into a database of its own and compares the results. */
  private static void assertEquivalent(String input, String inputPrefix) throws Exception {
    Map<String, Map<String, String>> results = new LinkedHashMap<>();
    StringBuilder times = new StringBuilder("\nRunner equivalence, " + input + ":\n");
    for (Runner runner : runners()) {
      TestWarehouse warehouse = server.newDatabase(input + "_" + runner.name());
      List<String> args = new ArrayList<>(runner.launch());
      args.addAll(List.of("--inputPrefix=" + inputPrefix, "--jdbcUrl=" + warehouse.jdbcUrl(),
          "--s3Endpoint=" + s3.endpoint(), "--awsRegion=us-east-1"));
      Path log = workDir.resolve(input + "-" + runner.name() + ".log");
      long start = System.nanoTime();
      int exit;
      try (JavaProcess run = JavaProcess.start(log, cluster.env(credentials), List.of(), args.toArray(String[]::new))) {
        exit = run.await(10);
        assertEquals(0, exit, runner.name() + " failed; end of its log:\n" + run.tail(80));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (runner.name().equals("spark_cluster")) {
        try (var apps = Files.list(workDir.resolve("spark-work"))) {
          assertTrue(apps.anyMatch(app -> app.getFileName().toString().startsWith("app-")),
              "the Worker ran executors for the submitted application");
        }
      }
      String runId = (String) warehouse.query("SELECT run_id FROM movies.etl_run").get(0).get(0);
      Map<String, String> result = new LinkedHashMap<>(warehouse.checksums());
      result.put("quarantine", warehouse.quarantineChecksum(runId));
      warehouse.sourceCounts(runId).forEach((source, counts) -> result.put("counts " + source, counts));
      results.put(runner.name(), result);
      times.append(String.format(Locale.ROOT, "  %-14s %6.1f s wall (JVM start to exit), run %s, %s%n",
          runner.name(), seconds, runId,
          warehouse.query("SELECT runner FROM movies.etl_run").get(0).get(0)));
    }
    System.out.println(times);
    Map<String, String> direct = results.get("direct");
    for (Map.Entry<String, Map<String, String>> other : results.entrySet()) {
      assertEquals(direct, other.getValue(), other.getKey() + " built another warehouse than the DirectRunner");
    }
    Files.writeString(workDir.resolve(input + "-equivalence.txt"), times);
  }
}
