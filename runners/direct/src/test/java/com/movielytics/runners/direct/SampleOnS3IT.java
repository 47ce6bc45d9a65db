package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.ExpectedCounts;
import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.transforms.sql.SqlFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample, read from a real S3 API through s3:// URIs, into a real PostgreSQL. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleOnS3IT {
  @TempDir static Path workDir;
  static TestWarehouse warehouse;
  static S3Server s3;
  static ExpectedCounts expected;
  static String inputPrefix;
  static Map<String, String> checksumsAfterFirstLoad;

  @BeforeAll
  static void start() throws Exception {
    warehouse = TestWarehouse.start(workDir.resolve("warehouse"));
    s3 = S3Server.start(workDir);
    Runs.useS3Credentials();
    expected = SampleGenerator.sample(workDir.resolve("sample"));
    inputPrefix = s3.upload(workDir.resolve("sample"), "movielytics-landing", "sample");
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(s3, warehouse);
  }

  private static Runs.Result load() throws Exception {
    return Runs.run(warehouse, workDir, inputPrefix, s3.pipelineOptions().toArray(String[]::new));
  }

  @Test
  @Order(1)
  void loadsEveryRecordAsTheGeneratorWroteIt() throws Exception {
    Runs.Result result = load();
    assertTrue(result.outcome().succeeded(), result.summary());
    assertTrue(result.summary().contains(inputPrefix + "ratings.csv"), "reads s3:// URIs: " + result.summary());

    Map<String, String> wanted = new TreeMap<>();
    expected.sources().forEach((source, e) ->
        wanted.put(source, e.read() + " " + e.loaded() + " " + e.duplicates() + " " + e.quarantined()));
    assertEquals(wanted, warehouse.sourceCounts(result.outcome().runId()));

    for (Map.Entry<String, Long> table : expected.tableRows().entrySet()) {
      assertEquals(table.getValue(), warehouse.count("movies." + table.getKey()), table.getKey());
    }
    long quarantined = expected.sources().values().stream().mapToLong(ExpectedCounts.SourceExpectation::quarantined).sum();
    assertEquals(quarantined,
        warehouse.count("movies.quarantine WHERE run_id = '" + result.outcome().runId() + "'"));
    long checks = SqlFiles.list("quality").size(); // every check applies: the sample has every source
    assertEquals(List.of(List.of(checks, checks)),
        warehouse.query("SELECT count(*), count(*) FILTER (WHERE passed) FROM movies.quality_result WHERE run_id = ?",
            result.outcome().runId()));
    assertEquals(0, warehouse.count("movies_staging.ratings") + warehouse.count("movies_staging.file_read"),
        "staging is dropped after the run");
    // The empty daily file loads as a file of no records, with a warning.
    assertTrue(result.summary().contains("Warning: " + inputPrefix + SampleGenerator.EMPTY_DAILY_FILE
        + " holds no records (empty, or a header only)"), result.summary());
    assertEquals(List.of(List.of("loaded", 0L)),
        warehouse.query("SELECT status, records FROM movies.load_manifest WHERE file_uri = ?",
            inputPrefix + SampleGenerator.EMPTY_DAILY_FILE));
    checksumsAfterFirstLoad = warehouse.checksums();
  }

  @Test
  @Order(2)
  void aReRatedMovieKeepsTheLaterRating() throws Exception {
    // Find the (user, movie) pairs the generator rated twice, straight from the CSV.
    Map<String, List<String>> byKey = new HashMap<>();
    // The planted Windows-1252 byte is not UTF-8: split bytes as Latin-1.
    for (String line : Files.readAllLines(workDir.resolve("sample/ratings.csv"), StandardCharsets.ISO_8859_1)) {
      String[] f = line.split(",");
      boolean valid = f[0].matches("\\d+") && f[2].matches("[0-9.]+") && Double.parseDouble(f[2]) <= 5.0;
      if (valid) { // the planted bad rows are quarantined, not re-ratings
        byKey.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>()).add(line);
      }
    }
    List<List<String>> twice = byKey.values().stream().filter(lines -> lines.size() == 2).toList();
    assertEquals(expected.sources().get("ratings").duplicates(), twice.size());
    for (List<String> pair : twice) {
      String[] later = pair.get(1).split(",");
      assertEquals(
          List.of(List.of(new BigDecimal(later[2]).setScale(1), Long.parseLong(later[3]))),
          warehouse.query(
              "SELECT rating, extract(epoch FROM rated_at)::bigint FROM movies.ratings WHERE user_id = ? AND movielens_id = ?",
              Integer.parseInt(later[0]), Integer.parseInt(later[1])));
    }
    assertEquals(0, warehouse.count("movies.movies WHERE budget = 0 OR revenue = 0"), "0 means unknown: NULL");
    assertEquals(List.of(List.of("Science Fiction")),
        warehouse.query("SELECT genre_name FROM movies.genre WHERE genre_id = 878"));
  }

  @Test
  @Order(2)
  void genomeRowsThatCannotBeLoadedAreQuarantinedWithTheirReasonAndTheLaterScoreWins() throws Exception {
    // The sample's 11 genome movies have 12,408 scores; the planted rows follow them (SampleGenerator).
    assertEquals(
        List.of(
            List.of("genome_scores", 12409L, "relevance '1.25' is not between 0 and 1"),
            List.of("genome_scores", 12410L, "relevance '-0.5' is not between 0 and 1"),
            List.of("genome_scores", 12411L,
                "tagId 1129 is not in the genome tags (genome-tags files or movies.genome_tag)"),
            List.of("genome_scores", 12412L,
                "movieId 502 has no tmdbId in the links crosswalk (" + inputPrefix + "links.csv record 502)"),
            List.of("genome_scores", 12413L, "movieId 513 is not in the links crosswalk"),
            List.of("genome_tags", 1130L, "tag is empty")),
        warehouse.query(
            "SELECT source, record_number, reason FROM movies.quarantine WHERE source LIKE 'genome%' "
                + "AND record_number <> 12414 ORDER BY source, record_number"));
    assertEquals(List.of(List.of("1,\"3,0.5")),
        warehouse.query(
            "SELECT raw_record FROM movies.quarantine WHERE source = 'genome_scores' AND record_number = 12414"),
        "the stray quote costs its record only");
    assertEquals(List.of(List.of(0.75)),
        warehouse.query("SELECT relevance FROM movies.genome_score WHERE movielens_id = 1 AND tag_id = 4"));
    assertEquals(List.of(List.of("funny (corrected)")),
        warehouse.query("SELECT tag FROM movies.genome_tag WHERE tag_id = 12"));

    // The mart's mean relevance, recomputed here from the file's text: every genome movie has every tag.
    List<String> lines = Files.readAllLines(workDir.resolve("sample/genome-scores.csv"));
    Map<Integer, BigDecimal> sums = new TreeMap<>();
    for (String line : lines.subList(1, 12_409)) {
      String[] f = line.split(",");
      BigDecimal relevance = f[0].equals("1") && f[1].equals("4") ? new BigDecimal("0.75") : new BigDecimal(f[2]);
      sums.merge(Integer.parseInt(f[0]), relevance, BigDecimal::add);
    }
    assertEquals(11, sums.size());
    for (Map.Entry<Integer, BigDecimal> movie : sums.entrySet()) {
      assertEquals(
          List.of(List.of(movie.getValue().divide(BigDecimal.valueOf(1128), 6, RoundingMode.HALF_UP))),
          warehouse.query(
              "SELECT s.avg_genome_relevance FROM movies.movie_rating_stats s JOIN movies.movie_link l "
                  + "USING (movie_id) WHERE l.movielens_id = ?", movie.getKey()),
          "movie " + movie.getKey());
    }
  }

  @Test
  @Order(4)
  void aRerunOfTheSameInputChangesNothing() throws Exception {
    Runs.Result rerun = load();
    assertTrue(rerun.outcome().succeeded(), rerun.summary());
    assertEquals(checksumsAfterFirstLoad, warehouse.checksums());
  }
}
