package com.movielytics.runners.portability;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.PlainSqlBaseline;
import com.movielytics.pipeline.testing.SharedData;
import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures, not assertions: for each size of {@code -Dbench.sizes} (default 1,000,000 and 10,000,000 generated
 * ratings), in one run against one PostgreSQL server (the embedded one, or {@code -Dbench.jdbcUrl} with {@code
 * -Dbench.jdbcUser} and the password in MOVIELYTICS_JDBC_PASSWORD), each system into a fresh database:
 *
 * <ul>
 *   <li>the plain-SQL baseline: COPY, INSERT ... SELECT DISTINCT ON the key, keys built after (sql/benchmark), for
 *       the ratings alone and then, as the first load the pipeline's runs are compared with, for the genome scores
 *       too;
 *   <li>the pipeline's jar on the DirectRunner, the SparkRunner on local[2] and the FlinkRunner with parallelism
 *       2, each as its own process with {@code -Dbench.xmx} (default 1g) of heap;
 *   <li>then a delta of 1% of the ratings (half re-ratings of loaded keys with later timestamps, half new keys),
 *       landed next to the loaded files, against the baseline's COPY into a temporary table and INSERT ... ON
 *       CONFLICT DO UPDATE; on the DirectRunner also a rerun with nothing new, a --fullRefresh and the real data.
 * </ul>
 *
 * <p>Prints one table (wall time, the pipeline's phases, ratings per second, the ratio to the baseline, peak
 * resident memory) and writes it as CSV to {@code -Dbench.csv} (default target/scale-benchmark.csv). Run with
 * {@code mvn -B verify -Pbenchmark -pl runners/portability -am}.
 */
class ScaleBenchmark {
  private static final String HEADER =
      "size,system,case,status,wall_s,stage_s,upsert_s,marts_s,checks_s,ratings,ratings_per_s,ratio_to_sql,peak_rss_mb";

  @TempDir Path workDir;

  /** One line of the table. */
  private record Row(
      long size, String system, String kase, String status, double wall, @Nullable List<Double> phases,
      long ratings, @Nullable Double baseline, long peakRssMb) {

    String csv() {
      return String.join(",", String.valueOf(size), system, kase, status, fmt(wall), phase(0), phase(1), phase(2), phase(3),
          String.valueOf(ratings), fmt(ratings / wall), baseline == null ? "" : fmt(wall / baseline),
          peakRssMb == 0 ? "" : String.valueOf(peakRssMb));
    }

    String line() {
      return String.format(Locale.ROOT, "%,11d  %-13s %-24s %7.1f s  %6s %6s %6s %6s  %,12.0f/s  %6s  %7s  %s",
          size, system, kase, wall, phase(0), phase(1), phase(2), phase(3), ratings / wall,
          baseline == null ? "" : String.format(Locale.ROOT, "%.2fx", wall / baseline),
          peakRssMb == 0 ? "" : peakRssMb + " MB", status);
    }

    private String phase(int i) {
      return phases == null || phases.get(i) == null ? "" : fmt(phases.get(i));
    }

    private static String fmt(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
  }

  @Test
  void printFigures() throws Exception {
    List<Long> sizes =
        Arrays.stream(System.getProperty("bench.sizes", "1000000,10000000").split(","))
            .map(String::trim).map(Long::parseLong).toList();
    String xmx = System.getProperty("bench.xmx", "1g");
    List<Row> rows = new ArrayList<>();
    String jdbcUrl = System.getProperty("bench.jdbcUrl", "");
    try (TestWarehouse server = jdbcUrl.isEmpty()
        ? TestWarehouse.start(workDir.resolve("warehouse"))
        : TestWarehouse.on(new WarehouseConnection(jdbcUrl, System.getProperty("bench.jdbcUser", "postgres"),
            System.getenv("MOVIELYTICS_JDBC_PASSWORD")))) {
      for (long size : sizes) {
        measure(server, size, xmx, rows);
      }
    }
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%n=== Movielytics scale benchmark: %d cores, -Xmx%s per pipeline JVM, one PostgreSQL ===%n"
            + "%11s  %-13s %-24s %9s  %6s %6s %6s %6s  %14s  %6s  %7s  %s%n",
        Runtime.getRuntime().availableProcessors(), xmx, "ratings", "system", "case", "wall", "stage", "upsert",
        "marts", "checks", "ratings/s", "vs SQL", "peak RSS", "status"));
    rows.forEach(row -> report.append(row.line()).append('\n'));
    Path csv = Path.of(System.getProperty("bench.csv", "target/scale-benchmark.csv"));
    Files.createDirectories(csv.toAbsolutePath().getParent());
    try (BufferedWriter out = Files.newBufferedWriter(csv)) {
      out.write(HEADER + "\n");
      for (Row row : rows) {
        out.write(row.csv() + "\n");
      }
    }
    report.append("CSV: ").append(csv.toAbsolutePath()).append('\n');
    System.out.println(report);
  }

  private void measure(TestWarehouse server, long size, String xmx, List<Row> rows) throws Exception {
    Path input = workDir.resolve("generated-" + size);
    SampleGenerator.generate(input, Math.toIntExact(size), 42);
    long ratings = lines(input.resolve("ratings.csv")) - 1;

    // PostgreSQL alone: its superuser, in the public schema.
    TestWarehouse sql = server.newDatabase("bench_sql_" + size).asAdmin();
    double sqlRatings = PlainSqlBaseline.load(sql.connection(),
        PlainSqlBaseline.copyable(input.resolve("ratings.csv"), workDir.resolve("copyable-" + size + ".csv")));
    rows.add(new Row(size, "plain SQL", "ratings only", "ok", sqlRatings, null, ratings, sqlRatings, 0));
    // The pipeline's first load also brings the genome scores (0.62 per rating): the baseline loads them too.
    double sqlLoad = sqlRatings + PlainSqlBaseline.loadGenomeScores(sql.connection(),
        PlainSqlBaseline.copyableGenomeScores(input.resolve("genome-scores.csv"),
            workDir.resolve("copyable-genome-" + size + ".csv")));
    rows.add(new Row(size, "plain SQL", "first load", "ok", sqlLoad, null, ratings, sqlLoad, 0));
    settle(sql);

    List<TestWarehouse> warehouses = new ArrayList<>();
    for (Runners.Runner runner : Runners.local()) {
      TestWarehouse warehouse = server.newDatabase("bench_" + runner.name() + "_" + size);
      warehouses.add(warehouse);
      rows.add(run(runner, warehouse, input, size, "first load", ratings, sqlLoad, xmx));
    }

    Path delta = input.resolve("ratings_delta.csv");
    long deltaRatings = writeDelta(input.resolve("ratings.csv"), delta, size / 100);
    double sqlDelta =
        PlainSqlBaseline.delta(sql.connection(), PlainSqlBaseline.copyable(delta, workDir.resolve("delta.csv")));
    rows.add(new Row(size, "plain SQL", "1% delta", "ok", sqlDelta, null, deltaRatings, sqlDelta, 0));
    settle(sql);
    for (int i = 0; i < warehouses.size(); i++) {
      rows.add(run(Runners.local().get(i), warehouses.get(i), input, size, "1% delta", deltaRatings, sqlDelta, xmx));
    }

    Runners.Runner direct = Runners.local().get(0);
    rows.add(run(direct, warehouses.get(0), input, size, "rerun, nothing new", 0, null, xmx));
    rows.add(run(direct, warehouses.get(0), input, size, "--fullRefresh", ratings + deltaRatings, null, xmx,
        "--fullRefresh"));
    if (SharedData.available()) {
      Path real = SharedData.movielensScenario(workDir.resolve("real-" + size));
      rows.add(run(direct, server.newDatabase("bench_real_" + size), real, size, "real data", 100_836, null, xmx));
    }
  }

  /** One run of a runner's jar as a process; its phases read back from the run log. */
  private Row run(
      Runners.Runner runner, TestWarehouse warehouse, Path input, long size, String kase, long ratings,
      @Nullable Double baseline, String xmx, String... extra) throws Exception {
    List<String> options = new ArrayList<>(List.of("--inputPrefix=" + input, "--jdbcUrl=" + warehouse.jdbcUrl(),
        "--jdbcUser=" + warehouse.connection().user()));
    options.addAll(List.of(extra));
    Runners.Measured run = Runners.measure(runner, List.of("-Xmx" + xmx), options, Map.of(),
        workDir.resolve(runner.name() + "-" + size + "-" + kase.replaceAll("\\W+", "_") + ".log"));
    List<List<Object>> phases = warehouse.query(
        "SELECT extract(epoch FROM staged_at - started_at)::float8, (phase_seconds ->> 'upsert')::float8, "
            + "(phase_seconds ->> 'marts')::float8, (phase_seconds ->> 'quality')::float8 FROM movies.etl_run ORDER BY started_at DESC LIMIT 1");
    List<Double> seconds = phases.isEmpty() ? null
        : phases.get(0).stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
    settle(warehouse);
    String status = run.exit() == 0 ? "ok" : "FAILED (exit " + run.exit() + "): " + lastError(run.tail());
    // A failed run has no ratio to the baseline: it did not do the work.
    return new Row(size, runner.name(), kase, status, run.seconds(), run.exit() == 0 ? seconds : null, ratings,
        run.exit() == 0 ? baseline : null, run.peakRssMb());
  }

  /**
   * What a load leaves the server to do in the background (the autovacuum of its new rows, writing out its dirty
   * pages) is done, untimed, before the next system is timed (sql/benchmark/settle.sql), so no system's figures
   * depend on which one ran before it. A user without the right to checkpoint (--jdbcUrl) skips that.
   */
  private static void settle(TestWarehouse database) throws SQLException {
    try (Connection c = database.asAdmin().connection().open(); Statement s = c.createStatement()) {
      for (String statement : SqlFiles.read("benchmark/settle.sql").split(";\\s*\\n")) {
        try {
          s.execute(statement);
        } catch (SQLException e) {
          if (!"42501".equals(e.getSQLState())) { // insufficient_privilege
            throw e;
          }
        }
      }
    }
  }

  private static String lastError(String tail) {
    return tail.lines().filter(l -> l.contains("Error") || l.contains("movielytics:")).reduce((a, b) -> b)
        .map(l -> l.length() > 160 ? l.substring(0, 160) + "..." : l).orElse("see its log");
  }

  /**
   * A day's ratings, 1% of the load: half re-ratings of loaded keys (every 200th valid line of the loaded file,
   * a day later and another rating), half new keys (users beyond the generator's, on the same movies). Returns how
   * many it wrote.
   */
  private static long writeDelta(Path loaded, Path delta, long count) throws IOException {
    long written = 0;
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(loaded, StandardCharsets.ISO_8859_1);
        BufferedWriter out = Files.newBufferedWriter(delta, StandardCharsets.US_ASCII)) {
      out.write("userId,movieId,rating,timestamp\r\n");
      in.readLine();
      for (String line = in.readLine(); line != null && written < count; line = in.readLine()) {
        String[] f = line.split(",");
        if (f.length != 4 || !line.matches("\\d+,\\d+,[0-9.]+,\\d+") || Double.parseDouble(f[2]) > 5 || n++ % 200 != 0) {
          continue;
        }
        long later = Long.parseLong(f[3]) + 86_400;
        out.write(f[0] + "," + f[1] + "," + (f[2].equals("5.0") ? "4.5" : "5.0") + "," + later + "\r\n");
        out.write((90_000_000 + written) + "," + f[1] + ",3.5," + later + "\r\n");
        written += 2;
      }
    }
    return written;
  }

  private static long lines(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      return lines.count();
    }
  }
}
