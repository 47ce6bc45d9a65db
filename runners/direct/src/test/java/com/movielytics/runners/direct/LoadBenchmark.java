package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.SharedData;
import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.transforms.sql.SqlFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Figures, not assertions: a generated load of {@code -Dbench.ratings} ratings (default 1,000,000) phase by phase,
 * a rerun with nothing new, a daily delta of 1% new ratings, a full refresh, and the real data when ../shared is
 * there, against PostgreSQL's COPY of the same ratings file as the baseline. Run with
 * {@code mvn -B verify -Pbenchmark -pl runners/direct -am}.
 */
class LoadBenchmark {
  @TempDir Path workDir;

  @Test
  void printFigures() throws Exception {
    int ratings = Integer.getInteger("bench.ratings", 1_000_000);
    StringBuilder report = new StringBuilder("\n=== Movielytics load benchmark (DirectRunner, embedded PostgreSQL 17, "
        + Runtime.getRuntime().availableProcessors() + " cores) ===\n");

    long start = System.nanoTime();
    Path generated = workDir.resolve("generated");
    SampleGenerator.generate(generated, ratings, 42);
    report.append(String.format(Locale.ROOT, "generate %,d ratings: %.1f s%n", ratings, seconds(start)));

    try (TestWarehouse warehouse = TestWarehouse.start(workDir.resolve("warehouse"))) {
      report.append(phases(warehouse, "generated, first load", generated));
      report.append(phases(warehouse, "generated, rerun (nothing new: reads nothing)", generated));
      List<Object> movies = warehouse.query("SELECT movielens_id FROM movies.movie_link WHERE movie_id IN "
          + "(SELECT movie_id FROM movies.movies) ORDER BY 1").stream().map(r -> r.get(0)).toList();
      writeDelta(movies, generated.resolve("ratings_delta.csv"), ratings / 100);
      report.append(phases(warehouse, "generated + daily delta of 1% new ratings (reads the delta)", generated));
      report.append(phases(warehouse, "generated + delta, --fullRefresh (rebuilds every table)", generated,
          "--fullRefresh"));

      if (SharedData.available()) {
        report.append(phases(warehouse, "real data (MovieLens small + TMDB subset + CPI)",
            SharedData.movielensScenario(workDir.resolve("real"))));
      } else {
        report.append(SharedData.skipReason("real data")).append('\n');
      }

      // Baseline: the database's own bulk load of the same ratings file, no parsing, checks or upsert.
      try (Connection c = warehouse.connection().open(); Statement s = c.createStatement()) {
        s.execute(SqlFiles.read("analysis/copy_baseline_table.sql"));
        // COPY stops at the first bad line (a stray quote, a byte that is not UTF-8): it gets the file without
        // the planted ones, an easier job than the pipeline's.
        Path clean = workDir.resolve("ratings_for_copy.csv");
        try (Stream<String> lines = Files.lines(generated.resolve("ratings.csv"), StandardCharsets.ISO_8859_1)) {
          Iterable<String> plain = lines.filter(l -> l.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f && ch != '"'))
              ::iterator;
          Files.write(clean, plain, StandardCharsets.ISO_8859_1);
        }
        start = System.nanoTime();
        long rows;
        try (Reader in = Files.newBufferedReader(clean)) {
          rows = c.unwrap(PGConnection.class).getCopyAPI()
              .copyIn("COPY copy_baseline_ratings FROM STDIN (FORMAT csv, HEADER true)", in);
        }
        double copySeconds = seconds(start);
        report.append(String.format(Locale.ROOT,
            "baseline: PostgreSQL COPY of ratings.csv into an unlogged table: %,d rows in %.1f s = %,.0f rows/s%n",
            rows, copySeconds, rows / copySeconds));
      }
    }
    System.out.println(report);
  }

  private String phases(TestWarehouse warehouse, String label, Path input, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of(extra));
    args.addAll(List.of("--enforceImmutability=false", "--enforceEncodability=false")); // as the direct jar runs
    long start = System.nanoTime();
    Runs.Result run = Runs.run(warehouse, workDir, input.toString(), args.toArray(String[]::new));
    double wall = seconds(start);
    assertTrue(run.outcome().succeeded(), run.summary());
    List<Object> row = warehouse.query(
        "SELECT stage_seconds, upsert_seconds, quality_seconds, total_seconds FROM ("
            + SqlFiles.read("run/run_summary.sql") + ") summary", run.outcome().runId()).get(0);
    long read = warehouse.query(SqlFiles.read("run/run_source_counts.sql"), run.outcome().runId()).stream()
        .mapToLong(r -> ((Number) r.get(2)).longValue()).sum();
    double stage = row.get(0) == null ? 0 : ((Number) row.get(0)).doubleValue();
    return String.format(Locale.ROOT,
        "%s: %,d records read; read+parse+stage %.1f s (%,.0f records/s), upsert %.1f s, quality checks %.1f s, "
            + "run total %.1f s, wall %.1f s%n",
        label, read, stage, stage == 0 ? 0 : read / stage, number(row.get(1)), number(row.get(2)),
        number(row.get(3)), wall);
  }

  private static double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  /** A day's drop: {@code count} ratings by new users of movies the warehouse knows. */
  private static void writeDelta(List<Object> movies, Path delta, int count) throws IOException {
    StringBuilder out = new StringBuilder("userId,movieId,rating,timestamp\n");
    for (int i = 0; i < count; i++) {
      out.append(10_000_000 + i).append(',').append(movies.get(i % movies.size())).append(",4.0,")
          .append(1_721_606_400L + i).append('\n');
    }
    Files.writeString(delta, out);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
