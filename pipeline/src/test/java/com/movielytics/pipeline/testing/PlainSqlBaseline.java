package com.movielytics.pipeline.testing;

import com.movielytics.transforms.sql.SqlFiles;
import com.movielytics.transforms.warehouse.WarehouseConnection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.postgresql.PGConnection;

/**
 * What PostgreSQL does alone with a ratings file, the benchmark's baseline (sql/benchmark): COPY into an unlogged
 * text table, INSERT ... SELECT with casts and DISTINCT ON the key into a fresh table, the keys built after; and for
 * a day's delta, COPY into a temporary table and INSERT ... ON CONFLICT DO UPDATE. The genome scores, the other
 * big file, get the same first load.
 */
public final class PlainSqlBaseline {
  private PlainSqlBaseline() {}

  /**
   * The header and the well-formed lines of a ratings file: COPY and the casts have no quarantine (a stray quote,
   * a byte that is not UTF-8 or a user id like x7 would abort them), so the baseline gets an easier job than the
   * pipeline.
   */
  public static Path copyable(Path ratings, Path into) throws IOException {
    return wellFormedLines(ratings, Pattern.compile("\\d+,\\d+,\\d+(\\.\\d+)?,\\d+"), into);
  }

  /** The header and the well-formed lines of a genome scores file, for the same reason. */
  public static Path copyableGenomeScores(Path scores, Path into) throws IOException {
    return wellFormedLines(scores, Pattern.compile("\\d+,\\d+,(0(\\.\\d+)?|1(\\.0+)?)"), into);
  }

  private static Path wellFormedLines(Path file, Pattern wellFormed, Path into) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1);
        BufferedWriter out = Files.newBufferedWriter(into, StandardCharsets.ISO_8859_1)) {
      boolean header = true;
      for (String line : (Iterable<String>) lines::iterator) {
        if (header || wellFormed.matcher(line).matches()) {
          out.write(line);
          out.write('\n');
        }
        header = false;
      }
    }
    return into;
  }

  /** A first load of a COPY-able ratings file into an empty database; returns its seconds. */
  public static double load(WarehouseConnection database, Path copyable) throws SQLException, IOException {
    return copyAndInsert(database, "benchmark/raw_ratings.sql", "raw_ratings", copyable,
        "benchmark/ratings_from_raw.sql");
  }

  /** A first load of a COPY-able genome scores file next to what {@link #load} built; returns its seconds. */
  public static double loadGenomeScores(WarehouseConnection database, Path copyable) throws SQLException, IOException {
    return copyAndInsert(database, "benchmark/raw_genome_scores.sql", "raw_genome_scores", copyable,
        "benchmark/genome_scores_from_raw.sql");
  }

  /** A day's COPY-able ratings upserted into what {@link #load} built; returns its seconds. */
  public static double delta(WarehouseConnection database, Path copyable) throws SQLException, IOException {
    return copyAndInsert(database, "benchmark/delta_raw_ratings.sql", "delta_ratings", copyable,
        "benchmark/delta_upsert.sql");
  }

  /** Creates {@code table} ({@code create}), COPYs {@code file} into it and runs {@code insert}; their seconds. */
  private static double copyAndInsert(WarehouseConnection database, String create, String table, Path file,
      String insert) throws SQLException, IOException {
    try (Connection c = database.open();
        Statement s = c.createStatement();
        Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      long start = System.nanoTime();
      s.execute(SqlFiles.read(create));
      c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER true)", in);
      s.execute(SqlFiles.read(insert));
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
