package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse that demands a password (SCRAM): the password reaches the pipeline from a file or an environment
 * variable, works, and is never printed.
 */
class PasswordAuthIT {
  private static final String PASSWORD = "Sup3r-s3cret-Pw";

  @TempDir Path workDir;

  @Test
  void loadsWithThePasswordFromAFileOrTheEnvironmentAndNeverPrintsIt() throws Exception {
    try (TestWarehouse warehouse = TestWarehouse.start(workDir.resolve("warehouse"))) {
      requirePasswordFor("loader", warehouse);
      Path sample = workDir.resolve("sample");
      SampleGenerator.sample(sample);
      String loaderUrl = warehouse.jdbcUrl().replaceFirst("\\?.*$", "");
      Path passwordFile = workDir.resolve("password");
      Files.writeString(passwordFile, PASSWORD + "\n");

      Runs.Result fromFile = Runs.run(warehouse, workDir, sample.toString(),
          "--jdbcUrl=" + loaderUrl, "--jdbcUser=loader", "--jdbcPasswordFile=" + passwordFile);
      assertTrue(fromFile.outcome().succeeded(), fromFile.summary());
      assertTrue(fromFile.summary().contains("as loader (password set)"), fromFile.summary());
      assertFalse(fromFile.summary().contains(PASSWORD));

      // The jar, as a user runs it, with the password in the environment.
      String fromEnv = runJar(List.of("--inputPrefix=" + sample, "--jdbcUrl=" + loaderUrl, "--jdbcUser=loader",
          "--workDir=" + workDir), PASSWORD);
      assertTrue(fromEnv.contains(": SUCCEEDED on DirectRunner"), fromEnv);
      assertFalse(fromEnv.contains(PASSWORD), "the password is never printed");

      String wrong = runJar(List.of("--inputPrefix=" + sample, "--jdbcUrl=" + loaderUrl, "--jdbcUser=loader",
          "--workDir=" + workDir), "not-the-password");
      assertTrue(wrong.contains("movielytics: PSQLException: FATAL: password authentication failed for user \"loader\""),
          wrong);
      assertFalse(wrong.contains("not-the-password"));

      String none = runJar(List.of("--inputPrefix=" + sample, "--jdbcUrl=" + loaderUrl, "--jdbcUser=loader",
          "--workDir=" + workDir), null);
      assertTrue(none.contains("movielytics: SQLException: the warehouse at "), none);
      assertTrue(none.contains("asks for loader's password, and none was given: put it in the environment variable "
          + "MOVIELYTICS_JDBC_PASSWORD (or the one --jdbcPasswordEnv names), or its file's path in "
          + "--jdbcPasswordFile"), none);
      assertEquals(List.of(List.of("loader")),
          warehouse.asAdmin().query("SELECT tableowner::text FROM pg_tables WHERE schemaname = 'movies' AND tablename = 'ratings'"));
    }
  }

  /** A password for the role (a DBA's part), and pg_hba.conf asking for it over TCP; everyone else keeps trust. */
  private static void requirePasswordFor(String role, TestWarehouse warehouse) throws Exception {
    TestWarehouse dba = warehouse.asAdmin();
    try (Connection c = dba.connection().open(); Statement s = c.createStatement()) {
      s.execute("ALTER ROLE " + role + " PASSWORD '" + PASSWORD + "'");
      Path hba = Path.of((String) dba.query("SHOW hba_file").get(0).get(0));
      Files.writeString(hba, "host all " + role + " 127.0.0.1/32 scram-sha-256\n"
          + "host all " + role + " ::1/128 scram-sha-256\n" + Files.readString(hba));
      s.execute("SELECT pg_reload_conf()");
    }
  }

  private String runJar(List<String> args, String password) throws Exception {
    Path log = Files.createTempFile(workDir, "run", ".log");
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    builder.command().addAll(List.of("-jar", System.getProperty("movielytics.jar")));
    builder.command().addAll(args);
    builder.environment().remove("MOVIELYTICS_JDBC_PASSWORD");
    if (password != null) {
      builder.environment().put("MOVIELYTICS_JDBC_PASSWORD", password);
    }
    Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    String output = Files.readString(log);
    System.out.println(output);
    return output;
  }
}
