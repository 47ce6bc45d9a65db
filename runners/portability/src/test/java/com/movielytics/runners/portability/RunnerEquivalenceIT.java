package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.DefectiveCopies;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.SharedData;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.IOException;
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
  static Map<String, String> runnerEnv;

  @BeforeAll
  static void start() throws Exception {
    s3 = S3Server.start(workDir);
    // Every runner's processes (the Spark executors too) find S3 credentials the way a cluster's would: in the
    // environment, never on the command line. Spark binds loopback only.
    runnerEnv = Map.of("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY,
        "SPARK_LOCAL_IP", "127.0.0.1");
    server = TestWarehouse.start(workDir.resolve("warehouse"));
    cluster = SparkStandalone.start(Path.of(System.getProperty("spark.home")), workDir, 2, runnerEnv);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable resource : new AutoCloseable[] {cluster, s3, server}) {
      if (resource != null) {
        resource.close();
      }
    }
  }

  @Test
  void theGeneratedSampleLoadsTheSameOnEveryRunner() throws Exception {
    SampleGenerator.sample(workDir.resolve("sample"));
    assertEquivalent("sample", s3.upload(workDir.resolve("sample"), "equivalence", "sample"));
  }

  /**
   * A stray quote and a byte that is not UTF-8 at the first, middle and last records of every file, some files
   * gzipped: DefectiveInputIT shows the DirectRunner quarantines exactly those; every runner must do the same.
   */
  @Test
  void badQuotesAndBytesCostTheirRecordsAlikeOnEveryRunner() throws Exception {
    SampleGenerator.sample(workDir.resolve("sample-for-defects"));
    DefectiveCopies.Copies copies =
        DefectiveCopies.write(workDir.resolve("sample-for-defects"), workDir.resolve("copies"));
    assertEquivalent("defects", s3.upload(copies.defective(), "equivalence", "defects"), "--maxRejectRatio=0.05");
  }

  @Test
  void theRealDataLoadsTheSameOnEveryRunner() throws Exception {
    assumeTrue(SharedData.available(), SharedData.skipReason("RunnerEquivalenceIT (real data)"));
    Path input = SharedData.movielensScenario(workDir.resolve("movielens"));
    assertEquivalent("movielens", s3.upload(input, "equivalence", "movielens"));
  }

  /** Applications the Worker has run executors for: one work folder each. */
  private static long countApps() throws IOException {
    if (!Files.isDirectory(workDir.resolve("spark-work"))) {
      return 0;
    }
    try (var apps = Files.list(workDir.resolve("spark-work"))) {
      return apps.filter(app -> app.getFileName().toString().startsWith("app-")).count();
    }
  }

  /** Loads {@code inputPrefix} on every runner into a database of its own and compares the results. */
  private static void assertEquivalent(String input, String inputPrefix, String... extra) throws Exception {
    Map<String, Map<String, String>> results = new LinkedHashMap<>();
    StringBuilder times = new StringBuilder("\nRunner equivalence, " + input + ":\n");
    for (Runners.Runner runner : Runners.all(cluster)) {
      TestWarehouse warehouse = server.newDatabase(input + "_" + runner.name());
      long appsBefore = countApps();
      List<String> options = new ArrayList<>(List.of("--inputPrefix=" + inputPrefix,
          "--jdbcUrl=" + warehouse.jdbcUrl(), "--s3Endpoint=" + s3.endpoint(), "--awsRegion=us-east-1"));
      options.addAll(List.of(extra));
      double seconds = Runners.load(runner, options,
          cluster.env(runnerEnv), workDir.resolve(input + "-" + runner.name() + ".log"));
      if (runner.name().contains("cluster")) {
        assertTrue(countApps() > appsBefore, runner.name() + ": the Worker ran executors for the application");
      }
      String runId = (String) warehouse.query("SELECT run_id FROM movies.etl_run").get(0).get(0);
      Map<String, String> result = new LinkedHashMap<>(warehouse.checksums());
      result.putAll(warehouse.historyChecksums());
      result.put("quarantine", warehouse.quarantineChecksum(runId));
      warehouse.sourceCounts(runId).forEach((source, counts) -> result.put("counts " + source, counts));
      results.put(runner.name(), result);
      times.append(String.format(Locale.ROOT, "  %-20s %6.1f s wall (JVM start to exit), run %s, %s%n",
          runner.name(), seconds, runId,
          warehouse.query("SELECT runner FROM movies.etl_run").get(0).get(0)));
    }
    System.out.println(times);
    Map<String, String> direct = results.get("direct");
    for (Map.Entry<String, Map<String, String>> other : results.entrySet()) {
      assertEquals(direct, other.getValue(), other.getKey() + " built another warehouse than the DirectRunner");
    }
  }
}
