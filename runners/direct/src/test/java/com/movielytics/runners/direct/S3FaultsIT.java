package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.LandOptions;
import com.movielytics.pipeline.Movielytics;
import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.FaultInjectingProxy;
import com.movielytics.pipeline.testing.FaultInjectingProxy.Fault;
import com.movielytics.pipeline.testing.FaultInjectingProxy.Requests;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample read from S3 through a network that breaks (a loopback proxy that cuts response bodies off half way
 * or resets connections). A read error is retried where the stream broke; the warehouse then equals an undisturbed
 * load, or the run fails untouched with its files pending. Never a shorter table with a successful run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3FaultsIT {
  @TempDir static Path workDir;
  static TestWarehouse undisturbed;
  static S3Server s3;
  static FaultInjectingProxy proxy;
  static String prefix;
  static Runs.Result reference;

  @BeforeAll
  static void loadUndisturbed() throws Exception {
    undisturbed = TestWarehouse.start(workDir.resolve("warehouse"));
    s3 = S3Server.start(workDir);
    Runs.useS3Credentials();
    SampleGenerator.sample(workDir.resolve("sample"));
    prefix = s3.upload(workDir.resolve("sample"), "movielytics-landing", "faults");
    proxy = FaultInjectingProxy.to(s3.port());
    reference = Runs.run(undisturbed, workDir, prefix, s3.pipelineOptions().toArray(String[]::new));
    assertTrue(reference.outcome().succeeded(), reference.summary());
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(proxy, s3, undisturbed);
  }

  /** A run through the proxy: three attempts per read, so that a run that must fail fails in seconds. */
  private static Runs.Result throughProxy(TestWarehouse warehouse, String... extra) throws Exception {
    return throughProxy(warehouse, 3, extra);
  }

  private static Runs.Result throughProxy(TestWarehouse warehouse, int readAttempts, String... extra)
      throws Exception {
    List<String> options = new ArrayList<>(List.of("--s3Endpoint=" + proxy.endpoint(), "--awsRegion=us-east-1",
        "--readAttempts=" + readAttempts));
    options.addAll(List.of(extra));
    return Runs.run(warehouse, workDir, prefix, options.toArray(String[]::new));
  }

  private static void assertEqualsUndisturbed(TestWarehouse warehouse, Runs.Result run) throws Exception {
    assertEquals(undisturbed.checksums(), warehouse.checksums(), "every final table, row for row");
    assertEquals(undisturbed.sourceCounts(reference.outcome().runId()), warehouse.sourceCounts(run.outcome().runId()));
    assertEquals(undisturbed.quarantineChecksum(reference.outcome().runId()),
        warehouse.quarantineChecksum(run.outcome().runId()));
  }

  @Test
  @Order(1)
  void whenEveryReadBreaksTheRunFailsUntouchedAndItsFilesStayPending() throws Exception {
    TestWarehouse warehouse = undisturbed.newDatabase("every_read_breaks");
    // A first run that fails its gate records every file, with its hash, as pending: the next run reads them
    // without hashing, so the broken reads are the pipeline's own.
    Runs.Result gated = throughProxy(warehouse, "--maxRejectRatio=0");
    assertFalse(gated.outcome().succeeded(), gated.summary());
    assertEquals(10, warehouse.count("movies.load_manifest WHERE status = 'pending'"));

    proxy.breakEvery(1, Fault.CUT_BODY, Requests.OBJECT_READS); // every object read; listings pass
    Runs.Result broken;
    try {
      broken = throughProxy(warehouse);
    } finally {
      proxy.heal();
    }

    assertFalse(broken.outcome().succeeded(), broken.summary());
    assertTrue(proxy.injected() > 0);
    String error = (String) warehouse.query("SELECT error FROM movies.etl_run WHERE run_id = ?",
        broken.outcome().runId()).get(0).get(0);
    assertTrue(error.matches("(?s).*reading " + prefix + "\\S+ failed at byte [\\d,]+ of [\\d,]+, 3 attempt\\(s\\) in a "
        + "row: .*"), error);
    assertEquals(10, warehouse.count("movies.load_manifest WHERE status = 'pending'"), "the files stay pending");
    for (String table : List.of("movies", "ratings", "tags", "cpi", "movie_link")) {
      assertEquals(0, warehouse.count("movies." + table), "nothing reached the final tables: " + table);
    }
  }

  @Test
  @Order(2)
  void cutResponsesAreResumedWhereTheyBrokeAndEveryRecordLoadsOnce() throws Exception {
    TestWarehouse warehouse = undisturbed.newDatabase("cut_responses");
    int before = proxy.injected();
    int rangedBefore = proxy.rangedRequests();
    proxy.breakEvery(5, Fault.CUT_BODY, Requests.ALL); // listings too
    Runs.Result run;
    try {
      // Every 5th request of all the readers: with 3 attempts, one file's retries were all hit now and then.
      run = throughProxy(warehouse, 6);
    } finally {
      proxy.heal();
    }

    assertTrue(run.outcome().succeeded(), run.summary());
    assertTrue(proxy.injected() > before, "responses were cut");
    assertTrue(proxy.rangedRequests() > rangedBefore, "reads resumed with a ranged GET where the body broke");
    assertEqualsUndisturbed(warehouse, run);
  }

  @Test
  @Order(3)
  void resetConnectionsAreRetriedAndEveryRecordLoadsOnce() throws Exception {
    TestWarehouse warehouse = undisturbed.newDatabase("reset_connections");
    int before = proxy.injected();
    proxy.breakEvery(4, Fault.RESET, Requests.ALL);
    Runs.Result run;
    try {
      run = throughProxy(warehouse);
    } finally {
      proxy.heal();
    }

    assertTrue(run.outcome().succeeded(), run.summary());
    assertTrue(proxy.injected() > before, "connections were reset");
    assertEqualsUndisturbed(warehouse, run);
  }

  /** One request in ten answered with a fault, each kind in turn: 503 SlowDown, 500, reset, cut body, stall. */
  @Test
  @Order(4)
  void oneRequestInTenFaultyInEveryWayAndTheRunLoadsAsUndisturbed() throws Exception {
    TestWarehouse warehouse = undisturbed.newDatabase("one_in_ten");
    int before = proxy.injected();
    proxy.breakEvery(10, List.of(Fault.values()), Requests.ALL);
    long start = System.nanoTime();
    Runs.Result run;
    try {
      run = throughProxy(warehouse, 5);
    } finally {
      proxy.heal();
    }
    System.out.printf("S3 faults: 1 request in 10 faulty (%d faults): the run succeeded=%s in %.1f s%n",
        proxy.injected() - before, run.outcome().succeeded(), (System.nanoTime() - start) / 1e9);

    assertTrue(run.outcome().succeeded(), run.summary());
    assertTrue(proxy.injected() - before >= Fault.values().length, "every kind of fault happened");
    assertEqualsUndisturbed(warehouse, run);
  }

  @Test
  @Order(5)
  void whenEveryReadFailsInEveryWayTheRunFailsUntouched() throws Exception {
    TestWarehouse warehouse = undisturbed.newDatabase("every_read_fails");
    Runs.Result gated = throughProxy(warehouse, "--maxRejectRatio=0"); // the files are known, and pending
    assertFalse(gated.outcome().succeeded(), gated.summary());
    proxy.breakEvery(1, List.of(Fault.SLOW_DOWN, Fault.INTERNAL_ERROR, Fault.RESET, Fault.CUT_BODY),
        Requests.OBJECT_READS);
    long start = System.nanoTime();
    Runs.Result broken;
    try {
      broken = throughProxy(warehouse);
    } finally {
      proxy.heal();
    }
    System.out.printf("S3 faults: every object read faulty: the run failed=%s in %.1f s%n",
        !broken.outcome().succeeded(), (System.nanoTime() - start) / 1e9);

    assertFalse(broken.outcome().succeeded(), broken.summary());
    assertEquals(10, warehouse.count("movies.load_manifest WHERE status = 'pending'"), "the files stay pending");
    assertEquals(0, warehouse.count("movies.ratings"), "nothing reached the final tables");
  }

  @Test
  @Order(6)
  void aLandWhoseUploadsFailLeavesNoObjectUnderItsKeysAndARetryCompletes() throws Exception {
    Path from = workDir.resolve("sample");
    String landing = "s3://movielytics-landing/landed";
    proxy.breakEvery(1, List.of(Fault.SLOW_DOWN, Fault.INTERNAL_ERROR, Fault.RESET), Requests.UPLOADS);
    try {
      assertThrows(Exception.class, () -> land(from, landing));
    } finally {
      proxy.heal();
    }
    assertEquals(List.of(), s3.keys("movielytics-landing", "landed/").stream()
        .filter(key -> !key.endsWith(".landing")).toList(), "no object under a key a run reads");

    land(from, landing);
    assertEquals(10, s3.keys("movielytics-landing", "landed/").stream()
        .filter(key -> !key.endsWith(".landing")).count(), "the retry landed every file");
  }

  private static void land(Path from, String prefix) throws Exception {
    LandOptions options = PipelineOptionsFactory.fromArgs("--from=" + from, "--inputPrefix=" + prefix,
        "--s3Endpoint=" + proxy.endpoint(), "--awsRegion=us-east-1").as(LandOptions.class);
    Movielytics.land(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
  }
}
