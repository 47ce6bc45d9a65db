package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.testing.HostileFiles;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HostileFiles} next to the generated sample in a local folder, read by the jar with -Xmx1g: the files that
 * are no CSV are refused by name and the run fails untouched; without them, the others cost only their bad
 * records. (The same files on S3 through the SparkRunner: {@code WorkerFaultsIT}.)
 */
class HostileInputIT {
  @TempDir Path workDir;

  @Test
  void filesThatAreNoCsvAreRefusedAndTheRestCostOnlyTheirBadRecords() throws Exception {
    Path input = workDir.resolve("input");
    HostileFiles hostile = HostileFiles.sampleWithRefused(input);

    try (TestWarehouse warehouse = TestWarehouse.start(workDir.resolve("warehouse"))) {
      Run refused = run(warehouse, input);
      HostileFiles.assertRefused(warehouse, input.toString(), refused.exit(), refused.output());

      for (String file : HostileFiles.REFUSED) {
        Files.delete(input.resolve(file));
      }
      hostile.writeCostly(input);
      Run loaded = run(warehouse, input);
      HostileFiles.assertOnlyBadRecordsCost(warehouse, loaded.exit(), loaded.output());
    }
  }

  private record Run(int exit, String output) {}

  /** The jar as a user runs it, with a 1 GB heap. */
  private Run run(TestWarehouse warehouse, Path input) throws Exception {
    Path log = Files.createTempFile(workDir, "run", ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx1g", "-jar", System.getProperty("movielytics.jar"), "--inputPrefix=" + input,
        "--jdbcUrl=" + warehouse.jdbcUrl(), "--workDir=" + workDir));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the run ends");
    return new Run(process.exitValue(), Files.readString(log));
  }
}
