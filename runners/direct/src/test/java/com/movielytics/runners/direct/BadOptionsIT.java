package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command line the tool cannot act on exits with code 2 (a failed load exits with 1), says in one line which
 * option is wrong and what is allowed, and writes nothing: no embedded warehouse is created.
 */
class BadOptionsIT {
  @TempDir Path workDir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--noSuchOption=1                  | noSuchOption",
        "--runner=NoSuchRunner             | NoSuchRunner",
        "--maxRejectRatio=2                | --maxRejectRatio=2.0 is outside 0-1",
        "--maxRejectRatio=-0.5             | --maxRejectRatio=-0.5 is outside 0-1",
        "--maxDataAgeHours=-1              | --maxDataAgeHours=-1 is negative",
        "--connectTimeoutSeconds=0         | --connectTimeoutSeconds=0 is below 1",
        "--statementTimeoutMinutes=-5      | --statementTimeoutMinutes=-5 is negative",
        "--jdbcUrl=postgres://u:secret@h/d | --jdbcUrl is not a PostgreSQL JDBC URL",
        "--inputPrefix=/no/such/folder     | no movies and no ratings under /no/such/folder",
      })
  void exitsWithTwoAndOneLineNamingTheOptionAndWritesNothing(String option, String expected) throws Exception {
    Path jar = Path.of(System.getProperty("movielytics.jar"));
    Path data = workDir.resolve("data");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "--workDir=" + data, option));
    Path err = workDir.resolve("err.log");
    Process process = new ProcessBuilder(command)
        .redirectOutput(workDir.resolve("out.log").toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "a usage error is reported at once");
    List<String> lines = Files.readAllLines(err).stream().filter(l -> l.startsWith("movielytics: ")).toList();
    String all = Files.readString(err);
    assertEquals(2, process.exitValue(), all);
    assertEquals(1, lines.size(), all);
    assertTrue(lines.get(0).contains(expected), lines.get(0));
    assertFalse(all.contains("secret"), "the JDBC URL, which may hold a password, is not echoed: " + all);
    assertFalse(Files.exists(data.resolve("pgdata")), "no warehouse is created");
  }
}
