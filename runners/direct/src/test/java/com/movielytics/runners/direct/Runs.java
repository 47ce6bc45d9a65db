package com.movielytics.runners.direct;

import com.movielytics.pipeline.Movielytics;
import com.movielytics.pipeline.MovielyticsOptions;
import com.movielytics.pipeline.RunOutcome;
import com.movielytics.pipeline.report.ReportOptions;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the pipeline in this JVM on the DirectRunner, as {@code java -jar} would, against a test warehouse. */
final class Runs {
  private Runs() {}

  /** Lets Beam's S3 file system find the test server's credentials the way a user's would: not on the command line. */
  static void useS3Credentials() {
    System.setProperty("aws.accessKeyId", S3Server.ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", S3Server.SECRET_KEY);
  }

  record Result(RunOutcome outcome, String summary) {}

  /** Closes what a test class started, skipping what never started. */
  static void closeAll(AutoCloseable... resources) throws Exception {
    for (AutoCloseable resource : resources) {
      if (resource != null) {
        resource.close();
      }
    }
  }

  /** A run with the options of {@code run}, --report and --output among them. */
  static Result run(TestWarehouse warehouse, Path workDir, String inputPrefix, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of(extra));
    for (String option : List.of("--runner=DirectRunner", "--inputPrefix=" + inputPrefix,
        "--jdbcUrl=" + warehouse.jdbcUrl(), "--workDir=" + workDir)) {
      String name = option.substring(0, option.indexOf('=') + 1);
      if (args.stream().noneMatch(a -> a.startsWith(name))) { // what a test passes wins
        args.add(option);
      }
    }
    MovielyticsOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(ReportOptions.class);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RunOutcome outcome;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      outcome = Movielytics.run(options, out);
    }
    String summary = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(summary);
    return new Result(outcome, summary);
  }
}
