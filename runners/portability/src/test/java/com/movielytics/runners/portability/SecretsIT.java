package com.movielytics.runners.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.movielytics.pipeline.MovielyticsOptions;
import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known warehouse password and known AWS keys, given as a user gives them (the environment), on every runner's
 * jar reading from S3: neither appears in the process's output, the run log tables, the Spark event log, or the
 * pipeline options that Spark and Flink ship with the job (its configuration).
 */
class SecretsIT {
  private static final String PASSWORD = "Kn0wn-pw-4-secrets-IT";

  @TempDir Path workDir;

  @Test
  void neitherThePasswordNorTheAwsKeysAppearAnywhere() throws Exception {
    List<String> secrets = List.of(PASSWORD, S3Server.SECRET_KEY);
    try (S3Server s3 = S3Server.start(workDir); TestWarehouse server = TestWarehouse.start(workDir.resolve("pg"))) {
      SampleGenerator.sample(workDir.resolve("sample"));
      String prefix = s3.upload(workDir.resolve("sample"), "secrets", "sample");
      Map<String, String> env = Map.of("MOVIELYTICS_JDBC_PASSWORD", PASSWORD,
          "AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
      Path eventLog = Files.createDirectories(workDir.resolve("spark-events"));
      List<String> found = new ArrayList<>();
      for (Runners.Runner runner : Runners.local()) {
        TestWarehouse warehouse = server.newDatabase("secrets_" + runner.name());
        requirePassword(warehouse);
        List<String> options = List.of("--inputPrefix=" + prefix, "--s3Endpoint=" + s3.endpoint(),
            "--awsRegion=us-east-1", "--jdbcUrl=" + warehouse.jdbcUrl().replaceFirst("\\?.*$", ""),
            "--jdbcUser=loader");
        Path log = workDir.resolve(runner.name() + ".log");
        Runners.Measured run = Runners.measure(runner,
            List.of("-Dspark.eventLog.enabled=true", "-Dspark.eventLog.dir=" + eventLog.toUri()), options, env, log);
        assertEquals(0, run.exit(), run.tail());
        assertTrue(Files.readString(log).contains("as loader (password set)"));
        scan(runner.name() + " output", Files.readString(log), secrets, found);
        for (String table : List.of("etl_run", "quarantine", "load_manifest", "quality_result")) {
          scan(runner.name() + " movies." + table, String.valueOf(warehouse.asAdmin().query(
              "SELECT string_agg(t::text, E'\\n') FROM movies." + table + " t").get(0).get(0)), secrets, found);
        }
        MovielyticsOptions shipped = PipelineOptionsFactory.fromArgs(options.toArray(String[]::new))
            .as(MovielyticsOptions.class);
        scan(runner.name() + " pipeline options", new ObjectMapper().findAndRegisterModules().writeValueAsString(shipped), secrets, found);
      }
      try (Stream<Path> logs = Files.list(eventLog)) {
        List<Path> files = logs.toList();
        assertEquals(1, files.size(), "the Spark run wrote its event log");
        scan("Spark event log", Files.readString(files.get(0), StandardCharsets.UTF_8), secrets, found);
      }
      assertEquals(List.of(), found);
    }
  }

  private static void scan(String where, String text, List<String> secrets, List<String> found) {
    secrets.stream().filter(text::contains).forEach(secret -> found.add(where + " holds a secret"));
  }

  /** A password for loader and pg_hba.conf asking for it over TCP, as a DBA would set it. */
  private static void requirePassword(TestWarehouse warehouse) throws Exception {
    TestWarehouse dba = warehouse.asAdmin();
    try (Connection c = dba.connection().open(); Statement s = c.createStatement()) {
      s.execute("ALTER ROLE loader PASSWORD '" + PASSWORD + "'");
      Path hba = Path.of((String) dba.query("SHOW hba_file").get(0).get(0));
      if (!Files.readString(hba).startsWith("host all loader")) {
        Files.writeString(hba, "host all loader 127.0.0.1/32 scram-sha-256\nhost all loader ::1/128 scram-sha-256\n"
            + Files.readString(hba));
        s.execute("SELECT pg_reload_conf()");
      }
    }
  }
}
