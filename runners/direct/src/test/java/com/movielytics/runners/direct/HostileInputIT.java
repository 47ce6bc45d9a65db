package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files next to the generated sample, read by the jar with -Xmx1g. Files that are no CSV at all (binary
 * bytes, UTF-16, a gzip bomb that inflates to 20 GB without a newline) are refused by name and reason, and the run
 * fails untouched; without them, every other hostile file costs only its bad records: a 1 GB line, a 100 MB
 * field, headers in another order or with an extra column, a header only, and a name with quotes, spaces and
 * letters that are not ASCII, whose records load.
 */
class HostileInputIT {
  private static final long GB = 1L << 30;

  @TempDir Path workDir;

  @Test
  void filesThatAreNoCsvAreRefusedAndTheRestCostOnlyTheirBadRecords() throws Exception {
    Path input = workDir.resolve("input");
    SampleGenerator.sample(input);
    // The most rated movie of the sample: one the crosswalk surely maps.
    String movie = Files.readAllLines(input.resolve("ratings.csv"), StandardCharsets.ISO_8859_1).stream()
        .map(String::trim).filter(l -> l.matches("\\d+,\\d+,\\d\\.\\d,\\d+")).map(l -> l.split(",")[1])
        .collect(Collectors.groupingBy(m -> m, Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();

    byte[] binary = new byte[50_000];
    new Random(7).nextBytes(binary);
    Files.write(input.resolve("ratings_binary.csv"), binary);
    Files.write(input.resolve("ratings_utf16.csv"),
        ("userId,movieId,rating,timestamp\n990001," + movie + ",4.0,1700000000\n").getBytes(StandardCharsets.UTF_16LE));
    writeGzipBomb(input.resolve("ratings_bomb.csv.gz"), 20);

    try (TestWarehouse warehouse = TestWarehouse.start(workDir.resolve("warehouse"))) {
      Run refused = run(warehouse, input);
      assertEquals(1, refused.exit(), refused.output());
      for (String file : List.of("ratings_binary.csv", "ratings_utf16.csv", "ratings_bomb.csv.gz")) {
        assertTrue(refused.output().contains(input.resolve(file) + " refused"), file + ": " + refused.output());
      }
      assertEquals(0, warehouse.count("movies.ratings"), "nothing of the run reached the final tables");

      for (String file : List.of("ratings_binary.csv", "ratings_utf16.csv", "ratings_bomb.csv.gz")) {
        Files.delete(input.resolve(file));
      }
      Files.writeString(input.resolve("ratings it's a \"quoted\" näme.csv"),
          "userId,movieId,rating,timestamp\n990001," + movie + ",4.0,1700000000\n990002," + movie + ",3.5,1700000001\n");
      Files.writeString(input.resolve("ratings_reordered.csv"),
          "movieId,userId,timestamp,rating\n" + movie + ",990003,1700000002,2.0\n");
      Files.writeString(input.resolve("ratings_extra_column.csv"),
          "userId,movieId,rating,timestamp,extra\n990004," + movie + ",2.5,1700000003,x\n");
      Files.writeString(input.resolve("ratings_header_only.csv"), "userId,movieId,rating,timestamp\r\n");
      writeLongLine(input.resolve("ratings_long_line.csv"), movie);
      writeBigField(input.resolve("tags_big_field.csv"), movie);

      Run loaded = run(warehouse, input);
      assertEquals(0, loaded.exit(), loaded.output());
      assertEquals(List.of(List.of(990001, 4.0), List.of(990002, 3.5), List.of(990005, 1.0), List.of(990006, 5.0)),
          warehouse.query("SELECT user_id, rating::float8 FROM movies.ratings WHERE user_id > 990000 ORDER BY 1"));
      assertEquals(1, warehouse.count("movies.tags WHERE user_id = 990008"));
      List<List<Object>> rejects = warehouse.query("SELECT regexp_replace(source_file, '.*/', ''), record_number, "
          + "CASE WHEN reason LIKE 'header is %, expected ''userId,movieId,%' THEN 'wrong header' "
          + "WHEN reason ~ '^the line is [0-9,]+ bytes, longer than --maxRecordBytes' THEN 'line too long' "
          + "ELSE reason END FROM movies.quarantine "
          + "WHERE source_file ~ '(reordered|extra_column|long_line|big_field)' ORDER BY 1, 2");
      assertEquals(List.of(
          List.of("ratings_extra_column.csv", 1L, "wrong header"),
          List.of("ratings_long_line.csv", 2L, "line too long"),
          List.of("ratings_reordered.csv", 1L, "wrong header"),
          List.of("tags_big_field.csv", 1L, "line too long")),
          rejects);
      assertTrue(loaded.output().contains("ratings_header_only.csv holds no records"), loaded.output());
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

  /** {@code members} gzip members of 1 GB of NUL bytes each: about 1 MB each on disk, no newline inside. */
  private static void writeGzipBomb(Path file, int members) throws IOException {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(member, 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        gzip.write(zeros);
      }
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < members; i++) {
        member.writeTo(out);
      }
    }
  }

  /** A rating, a line of 1 GB with no newline inside, and a rating. */
  private static void writeLongLine(Path file, String movie) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(("userId,movieId,rating,timestamp\n990005," + movie + ",1.0,1700000004\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] sevens = new byte[1 << 20];
      Arrays.fill(sevens, (byte) '7');
      for (long written = 0; written < GB; written += sevens.length) {
        out.write(sevens);
      }
      out.write(("\n990006," + movie + ",5.0,1700000005\n").getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** A tag whose quoted text is 100 MB, then an ordinary tag. */
  private static void writeBigField(Path file, String movie) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(("userId,movieId,tag,timestamp\n990007," + movie + ",\"").getBytes(StandardCharsets.US_ASCII));
      byte[] text = new byte[1 << 20];
      Arrays.fill(text, (byte) 'x');
      for (int i = 0; i < 100; i++) {
        out.write(text);
      }
      out.write(("\",1700000006\n990008," + movie + ",calm,1700000007\n").getBytes(StandardCharsets.US_ASCII));
    }
  }
}
