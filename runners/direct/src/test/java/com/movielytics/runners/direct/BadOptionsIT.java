package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.S3Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "frobnicate                        | unknown command 'frobnicate': the commands are run, land,",
        "--noSuchOption=1                  | noSuchOption",
        "--runner=NoSuchRunner             | NoSuchRunner",
        "--maxRejectRatio=2                | --maxRejectRatio=2.0 is outside 0-1",
        "--maxRejectRatio=-0.5             | --maxRejectRatio=-0.5 is outside 0-1",
        "--maxDataAgeHours=-1              | --maxDataAgeHours=-1 is negative",
        "--connectTimeoutSeconds=0         | --connectTimeoutSeconds=0 is below 1",
        "--statementTimeoutMinutes=-5      | --statementTimeoutMinutes=-5 is negative",
        "--jdbcUrl=postgres://u:secret@h/d | --jdbcUrl is not a PostgreSQL JDBC URL",
        "--inputPrefix=/no/such/folder     | --inputPrefix=/no/such/folder does not exist: expected a folder or s3://",
      })
  void exitsWithTwoAndOneLineNamingTheOptionAndWritesNothing(String option, String expected) throws Exception {
    assertUsageError(List.of(option), Map.of(), expected);
  }

  @Test
  void anEmptyInputFolderOrOneWithoutMoviesOrRatingsIsAUsageError() throws Exception {
    Path empty = Files.createDirectories(workDir.resolve("empty"));
    assertUsageError(List.of("--inputPrefix=" + empty), Map.of(), "--inputPrefix=" + empty + " holds no files");
    Files.writeString(empty.resolve("notes.txt"), "no source's file");
    assertUsageError(List.of("--inputPrefix=" + empty), Map.of(), "no movies and no ratings under " + empty);
  }

  /**
   * A bucket the run may not use, one that does not exist, or no credentials at all: refused in one line at once
   * (not after a round of retries), for a run as for a land.
   */
  @Test
  void aBucketWithoutPermissionIsAUsageErrorForRunAndLand() throws Exception {
    try (S3Server s3 = S3Server.start(workDir)) {
      SampleGenerator.sample(workDir.resolve("sample"));
      String prefix = s3.upload(workDir.resolve("sample"), "movielytics-landing", "in");
      String endpoint = "--s3Endpoint=" + s3.endpoint();
      Map<String, String> wrongSecret = Map.of("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY,
          "AWS_SECRET_ACCESS_KEY", "not-the-secret");
      Map<String, String> rightSecret = Map.of("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY,
          "AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
      // No instance-metadata lookup: nothing may leave loopback.
      Map<String, String> noCredentials = Map.of("AWS_EC2_METADATA_DISABLED", "true");

      assertUsageError(List.of("--inputPrefix=" + prefix, endpoint), wrongSecret,
          "--inputPrefix=" + prefix + " cannot be listed: access denied (HTTP 403)");
      assertUsageError(List.of("--inputPrefix=s3://no-such-bucket/in/", endpoint), rightSecret,
          "--inputPrefix=s3://no-such-bucket/in/ cannot be listed: the bucket does not exist");
      assertUsageError(List.of("--inputPrefix=" + prefix, endpoint), noCredentials,
          "--inputPrefix=" + prefix + " cannot be listed: no AWS credentials found");
      assertUsageError(List.of("land", "--from=" + workDir.resolve("sample"), "--inputPrefix=" + prefix, endpoint),
          wrongSecret, "--inputPrefix=" + prefix + " cannot be written: access denied (HTTP 403)");
      assertUsageError(List.of("land", "--from=" + workDir.resolve("sample"), "--inputPrefix=s3://no-such-bucket/in/",
          endpoint), rightSecret, "--inputPrefix=s3://no-such-bucket/in/ cannot be written: the bucket does not exist");
      assertEquals(10, s3.keys("movielytics-landing", "in/").size(), "nothing was landed");
    }
  }

  /** Runs the jar with {@code args} and {@code env}; asserts exit code 2, one line with {@code expected}. */
  private void assertUsageError(List<String> args, Map<String, String> env, String expected) throws Exception {
    Path jar = Path.of(System.getProperty("movielytics.jar"));
    Path data = workDir.resolve("data");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(args);
    command.add("--awsRegion=us-east-1");
    if (!args.get(0).equals("land")) {
      command.add("--workDir=" + data);
    }
    Path err = workDir.resolve("err.log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(workDir.resolve("out.log").toFile())
        .redirectError(err.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    long start = System.nanoTime();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "a usage error is reported at once");
    System.out.printf("%s: exit %d in %.1f s%n", args, process.exitValue(), (System.nanoTime() - start) / 1e9);
    List<String> lines = Files.readAllLines(err).stream().filter(l -> l.startsWith("movielytics: ")).toList();
    String all = Files.readString(err);
    assertEquals(2, process.exitValue(), all);
    assertEquals(1, lines.size(), all);
    assertTrue(lines.get(0).contains(expected), lines.get(0));
    assertFalse(all.contains("secret"), "neither a password nor a secret key is echoed: " + all);
    assertFalse(Files.exists(data.resolve("pgdata")), "no warehouse is created");
  }
}
