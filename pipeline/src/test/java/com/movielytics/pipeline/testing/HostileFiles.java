package com.movielytics.pipeline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile input files written next to a generated sample, and what a run must make of them. Files that are no
 * CSV at all (binary bytes, UTF-16, a gzip bomb that inflates to 20 GB without a newline) are refused by name;
 * the others cost only their bad records: a 1 GB line, a 100 MB field, headers in another order or with an extra
 * column, a header only, a NUL byte in a record, and a name with quotes, spaces and letters that are not ASCII,
 * whose records load.
 */
public final class HostileFiles {
  private static final long GB = 1L << 30;

  /** The files {@link #writeRefused} writes, which a run refuses as a whole. */
  public static final List<String> REFUSED = List.of("ratings_binary.csv", "ratings_utf16.csv", "ratings_bomb.csv.gz");

  private final String movie;

  private HostileFiles(String movie) {
    this.movie = movie;
  }

  /** Generates the sample into {@code input} and writes the refused files beside it; then the costly ones. */
  public static HostileFiles sampleWithRefused(Path input) throws IOException {
    SampleGenerator.sample(input);
    HostileFiles hostile = forSample(input);
    hostile.writeRefused(input);
    return hostile;
  }

  /** For the sample in {@code input}: its records use the sample's most rated movie, which the crosswalk maps. */
  private static HostileFiles forSample(Path input) throws IOException {
    String movie = Files.readAllLines(input.resolve("ratings.csv"), StandardCharsets.ISO_8859_1).stream()
        .map(String::trim).filter(l -> l.matches("\\d+,\\d+,\\d\\.\\d,\\d+")).map(l -> l.split(",")[1])
        .collect(Collectors.groupingBy(m -> m, Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return new HostileFiles(movie);
  }

  /** Random bytes, a UTF-16 file and a gzip bomb, each named like ratings. */
  public void writeRefused(Path input) throws IOException {
    byte[] binary = new byte[50_000];
    new Random(7).nextBytes(binary);
    Files.write(input.resolve("ratings_binary.csv"), binary);
    Files.write(input.resolve("ratings_utf16.csv"),
        ("userId,movieId,rating,timestamp\n990001," + movie + ",4.0,1700000000\n").getBytes(StandardCharsets.UTF_16LE));
    writeGzipBomb(input.resolve("ratings_bomb.csv.gz"), 20);
  }

  /** The files that cost only their bad records. */
  public void writeCostly(Path input) throws IOException {
    Files.writeString(input.resolve("ratings it's a \"quoted\" näme.csv"),
        "userId,movieId,rating,timestamp\n990001," + movie + ",4.0,1700000000\n990002," + movie + ",3.5,1700000001\n");
    Files.writeString(input.resolve("ratings_reordered.csv"),
        "movieId,userId,timestamp,rating\n" + movie + ",990003,1700000002,2.0\n");
    Files.writeString(input.resolve("ratings_extra_column.csv"),
        "userId,movieId,rating,timestamp,extra\n990004," + movie + ",2.5,1700000003,x\n");
    Files.writeString(input.resolve("ratings_header_only.csv"), "userId,movieId,rating,timestamp\r\n");
    Files.writeString(input.resolve("ratings_nul.csv"), "userId,movieId,rating,timestamp\n990009," + movie
        + ",4.0,17000\0\n990010," + movie + ",4.5,1700000009\n");
    writeLongLine(input.resolve("ratings_long_line.csv"));
    writeBigField(input.resolve("tags_big_field.csv"));
  }

  /** The refusing run failed, naming each refused file under {@code prefix}, and left the final tables empty. */
  public static void assertRefused(TestWarehouse warehouse, String prefix, int exit, String output)
      throws SQLException {
    assertEquals(1, exit, output);
    String folder = prefix.endsWith("/") ? prefix : prefix + "/";
    for (String file : REFUSED) {
      assertTrue(output.contains(folder + file + " refused"), file + ": " + output);
    }
    assertEquals(0, warehouse.count("movies.ratings"), "nothing of the run reached the final tables");
  }

  /** The run loaded the good records of the costly files and quarantined exactly their bad ones. */
  public static void assertOnlyBadRecordsCost(TestWarehouse warehouse, int exit, String output)
      throws SQLException {
    assertEquals(0, exit, output);
    assertEquals(List.of(List.of(990001, 4.0), List.of(990002, 3.5), List.of(990005, 1.0), List.of(990006, 5.0),
        List.of(990010, 4.5)),
        warehouse.query("SELECT user_id, rating::float8 FROM movies.ratings WHERE user_id > 990000 ORDER BY 1"));
    assertEquals(1, warehouse.count("movies.tags WHERE user_id = 990008"));
    List<List<Object>> rejects = warehouse.query("SELECT regexp_replace(source_file, '.*/', ''), record_number, "
        + "CASE WHEN reason LIKE 'header is %, expected ''userId,movieId,%' THEN 'wrong header' "
        + "WHEN reason ~ '^the line is [0-9,]+ bytes, longer than --maxRecordBytes' THEN 'line too long' "
        + "WHEN reason ~ '^the line holds a NUL byte \\(at byte [0-9]+ of the record\\)' THEN 'NUL byte' "
        + "ELSE reason END FROM movies.quarantine "
        + "WHERE source_file ~ '(reordered|extra_column|long_line|big_field|nul)' ORDER BY 1, 2");
    assertEquals(List.of(
        List.of("ratings_extra_column.csv", 1L, "wrong header"),
        List.of("ratings_long_line.csv", 2L, "line too long"),
        List.of("ratings_nul.csv", 1L, "NUL byte"),
        List.of("ratings_reordered.csv", 1L, "wrong header"),
        List.of("tags_big_field.csv", 1L, "line too long")),
        rejects);
    assertTrue(output.contains("ratings_header_only.csv holds no records"), output);
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
  private void writeLongLine(Path file) throws IOException {
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
  private void writeBigField(Path file) throws IOException {
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
