package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.FaultInjectingProxy;
import com.movielytics.pipeline.testing.FaultInjectingProxy.Fault;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    proxy.breakEvery(1, Fault.CUT_BODY, true); // every object read; listings pass
    Runs.Result broken;
    try {
      broken = throughProxy(warehouse);
    } finally {
      proxy.breakEvery(1, null, false);
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
    proxy.breakEvery(5, Fault.CUT_BODY, false); // listings too
    Runs.Result run;
    try {
      // Every 5th request of all the readers: with 3 attempts, one file's retries were all hit now and then.
      run = throughProxy(warehouse, 6);
    } finally {
      proxy.breakEvery(1, null, false);
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
    proxy.breakEvery(4, Fault.RESET, false);
    Runs.Result run;
    try {
      run = throughProxy(warehouse);
    } finally {
      proxy.breakEvery(1, null, false);
    }

    assertTrue(run.outcome().succeeded(), run.summary());
    assertTrue(proxy.injected() > before, "connections were reset");
    assertEqualsUndisturbed(warehouse, run);
  }
}
