package com.movielytics.runners.portability;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures, not assertions: one generated load of {@code -Dbench.ratings} ratings (default 1,000,000) from a local
 * folder on every runner's jar, phase by phase, each into an empty database. Run with
 * {@code mvn -B verify -Pbenchmark -pl runners/portability -am}.
 */
class RunnerBenchmark {
  @TempDir Path workDir;

  @Test
  void printFigures() throws Exception {
    int ratings = Integer.getInteger("bench.ratings", 1_000_000);
    Path input = workDir.resolve("generated");
    SampleGenerator.generate(input, ratings, 42);
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%n=== Movielytics on every runner: %,d generated ratings, first load, %d cores ===%n", ratings,
        Runtime.getRuntime().availableProcessors()));
    try (TestWarehouse server = TestWarehouse.start(workDir.resolve("warehouse"));
        SparkStandalone cluster = SparkStandalone.start(
            Path.of(System.getProperty("spark.home")), workDir, 2, Map.of())) {
      for (Runners.Runner runner : Runners.all(cluster)) {
        TestWarehouse warehouse = server.newDatabase("bench_" + runner.name());
        double wall = Runners.load(runner,
            List.of("--inputPrefix=" + input, "--jdbcUrl=" + warehouse.jdbcUrl()), cluster.env(Map.of()),
            workDir.resolve(runner.name() + ".log"));
        List<Object> phases = warehouse.query(
            "SELECT extract(epoch FROM staged_at - started_at), (phase_seconds ->> 'upsert')::float8, "
                + "(phase_seconds ->> 'quality')::float8, extract(epoch FROM finished_at - started_at) "
                + "FROM movies.etl_run").get(0);
        report.append(String.format(Locale.ROOT,
            "%-20s read+parse+stage %5.1f s, upsert %4.1f s, quality checks %4.1f s, run total %5.1f s, "
                + "wall (JVM start to exit) %5.1f s%n",
            runner.name(), ((Number) phases.get(0)).doubleValue(), ((Number) phases.get(1)).doubleValue(),
            ((Number) phases.get(2)).doubleValue(), ((Number) phases.get(3)).doubleValue(), wall));
      }
    }
    System.out.println(report);
  }
}
