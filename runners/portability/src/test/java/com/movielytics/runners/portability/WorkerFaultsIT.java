package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.FaultInjectingProxy;
import com.movielytics.pipeline.testing.FaultInjectingProxy.Fault;
import com.movielytics.pipeline.testing.FaultInjectingProxy.Requests;
import com.movielytics.pipeline.testing.HostileFiles;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults met by the workers, on the SparkRunner: the Spark jar (local[2], -Xmx1g) reads the sample from S3, through
 * the fault-injecting proxy or with hostile files beside it. One S3 request in ten faulty in every way still loads
 * a warehouse equal to an undisturbed load; every object read failing fails the run untouched with its files
 * pending; and {@link HostileFiles} on S3 are refused or cost only their bad records, as they do on local files
 * with the DirectRunner ({@code HostileInputIT}).
 */
class WorkerFaultsIT {
  private static final Runners.Runner SPARK = Runners.local().get(1);
  private static final List<String> HEAP = List.of("-Xmx1g");
  private static final String BUCKET = "movielytics-landing";
  /** The test server's keys, in the environment as a user's would be: never on the command line. */
  private static final Map<String, String> CREDENTIALS =
      Map.of("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);

  @TempDir static Path workDir;
  static TestWarehouse server;
  static S3Server s3;
  static FaultInjectingProxy proxy;
  static String prefix;
  static TestWarehouse undisturbed;
  static final List<String> figures = new ArrayList<>();

  @BeforeAll
  static void loadUndisturbed() throws Exception {
    server = TestWarehouse.start(workDir.resolve("warehouse"));
    s3 = S3Server.start(workDir);
    SampleGenerator.sample(workDir.resolve("sample"));
    prefix = s3.upload(workDir.resolve("sample"), BUCKET, "sample");
    proxy = FaultInjectingProxy.to(s3.port());
    undisturbed = server.newDatabase("undisturbed");
    Runners.load(SPARK, options(undisturbed, prefix, s3.endpoint()), CREDENTIALS, workDir.resolve("undisturbed.log"));
  }

  @AfterAll
  static void stop() throws Exception {
    System.out.println("fault | runner | exit | seconds (JVM start to exit) | outcome\n" + String.join("\n", figures));
    for (AutoCloseable resource : new AutoCloseable[] {proxy, s3, server}) {
      if (resource != null) {
        resource.close();
      }
    }
  }

  private static List<String> options(TestWarehouse warehouse, String inputPrefix, String endpoint,
      String... extra) {
    List<String> options = new ArrayList<>(List.of("--inputPrefix=" + inputPrefix,
        "--jdbcUrl=" + warehouse.jdbcUrl(), "--workDir=" + workDir, "--s3Endpoint=" + endpoint,
        "--awsRegion=us-east-1"));
    options.addAll(List.of(extra));
    return options;
  }

  private static Runners.Measured spark(String name, List<String> options) throws Exception {
    return Runners.measure(SPARK, HEAP, options, CREDENTIALS, workDir.resolve(name + ".log"));
  }

  private static String log(String name) throws Exception {
    return Files.readString(workDir.resolve(name + ".log"));
  }

  private static String lastRun(TestWarehouse warehouse) throws Exception {
    return (String) warehouse.query("SELECT run_id FROM movies.etl_run ORDER BY started_at DESC LIMIT 1")
        .get(0).get(0);
  }

  @Test
  void oneRequestInTenFaultyInEveryWayAndTheRunLoadsAsUndisturbed() throws Exception {
    TestWarehouse warehouse = server.newDatabase("one_in_ten");
    int before = proxy.injected();
    proxy.breakEvery(10, List.of(Fault.values()), Requests.ALL);
    Runners.Measured run;
    try {
      run = spark("one_in_ten", options(warehouse, prefix, proxy.endpoint(), "--readAttempts=5"));
    } finally {
      proxy.heal();
    }
    int faults = proxy.injected() - before;
    figures.add(String.format(Locale.ROOT, "1 S3 request in 10 faulty (%d faults) | spark_local | %d | %.1f | %s",
        faults, run.exit(), run.seconds(), "tables equal to an undisturbed load"));

    assertEquals(0, run.exit(), run.tail());
    assertTrue(faults >= Fault.values().length, "every kind of fault happened: " + faults);
    assertEquals(undisturbed.checksums(), warehouse.checksums(), "every final table, row for row");
    assertEquals(undisturbed.sourceCounts(lastRun(undisturbed)), warehouse.sourceCounts(lastRun(warehouse)));
    assertEquals(undisturbed.quarantineChecksum(lastRun(undisturbed)),
        warehouse.quarantineChecksum(lastRun(warehouse)));
  }

  @Test
  void whenEveryObjectReadFailsTheRunFailsUntouchedWithItsFilesPending() throws Exception {
    TestWarehouse warehouse = server.newDatabase("every_read_fails");
    // A run that fails its gate records every file, with its hash, as pending: the next run reads them without
    // hashing, so the broken reads are the workers'.
    Runners.Measured gated = spark("gated", options(warehouse, prefix, s3.endpoint(), "--maxRejectRatio=0"));
    assertEquals(1, gated.exit(), gated.tail());
    proxy.breakEvery(1, List.of(Fault.SLOW_DOWN, Fault.INTERNAL_ERROR, Fault.RESET, Fault.CUT_BODY),
        Requests.OBJECT_READS);
    Runners.Measured broken;
    try {
      broken = spark("every_read_fails", options(warehouse, prefix, proxy.endpoint(), "--readAttempts=3"));
    } finally {
      proxy.heal();
    }
    figures.add(String.format(Locale.ROOT, "every S3 object read faulty | spark_local | %d | %.1f | %s",
        broken.exit(), broken.seconds(), "failed untouched, 10 files pending"));

    assertEquals(1, broken.exit(), broken.tail());
    assertTrue(broken.tail().contains("3 attempt(s) in a row"), broken.tail());
    assertEquals(10, warehouse.count("movies.load_manifest WHERE status = 'pending'"), "the files stay pending");
    for (String table : List.of("movies", "ratings", "tags", "cpi", "movie_link")) {
      assertEquals(0, warehouse.count("movies." + table), "nothing reached the final tables: " + table);
    }
  }

  @Test
  void hostileFilesOnS3AreRefusedOrCostOnlyTheirBadRecords() throws Exception {
    Path input = workDir.resolve("hostile");
    HostileFiles hostile = HostileFiles.sampleWithRefused(input);
    String hostilePrefix = s3.upload(input, BUCKET, "hostile");
    TestWarehouse warehouse = server.newDatabase("hostile");

    Runners.Measured refused = spark("hostile_refused", options(warehouse, hostilePrefix, s3.endpoint()));
    HostileFiles.assertRefused(warehouse, hostilePrefix, refused.exit(), log("hostile_refused"));
    figures.add(String.format(Locale.ROOT, "binary, UTF-16 and 20 GB gzip bomb on S3 | spark_local | %d | %.1f | "
        + "refused by name, failed untouched, peak RSS %d MB", refused.exit(), refused.seconds(), refused.peakRssMb()));

    for (String file : HostileFiles.REFUSED) {
      s3.delete(BUCKET, "hostile/" + file);
    }
    Path costly = workDir.resolve("costly");
    hostile.writeCostly(Files.createDirectories(costly));
    s3.upload(costly, BUCKET, "hostile");
    Runners.Measured loaded = spark("hostile_loaded", options(warehouse, hostilePrefix, s3.endpoint()));
    HostileFiles.assertOnlyBadRecordsCost(warehouse, loaded.exit(), log("hostile_loaded"));
    figures.add(String.format(Locale.ROOT, "1 GB line, 100 MB field, odd headers and name on S3 | spark_local | %d | "
        + "%.1f | only the bad records quarantined, peak RSS %d MB", loaded.exit(), loaded.seconds(),
        loaded.peakRssMb()));
  }
}
