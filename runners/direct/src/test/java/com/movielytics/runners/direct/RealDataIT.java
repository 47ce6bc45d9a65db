package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.SharedData;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real data of ../shared/data (MovieLens small, the TMDB subset, FRED CPI) read from S3, with every expected
 * count worked out here from the raw CSVs, independently of the pipeline's parsers.
 */
class RealDataIT {
  static final Path SHARED = SharedData.ROOT;

  @TempDir static Path workDir;
  static TestWarehouse warehouse;
  static S3Server s3;
  static Runs.Result run;
  static Path input;

  static final String SKIPPED = SharedData.skipReason("RealDataIT");

  @BeforeAll
  static void loadTheRealData() throws Exception {
    if (!SharedData.available()) {
      // Each test is then reported as skipped with this reason (an aborted @BeforeAll is reported as nothing).
      System.out.println(SKIPPED);
      return;
    }
    input = SharedData.movielensScenario(workDir.resolve("movielens-scenario"));
    warehouse = TestWarehouse.start(workDir.resolve("warehouse"));
    s3 = S3Server.start(workDir);
    Runs.useS3Credentials();
    String prefix = s3.upload(input, "movielytics-landing", "movielens");
    long start = System.nanoTime();
    run = Runs.run(warehouse, workDir, prefix, s3.pipelineOptions().toArray(String[]::new));
    System.out.printf("Real-data run wall time (pipeline in-process, from S3): %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(s3, warehouse);
  }

  private static List<CSVRecord> records(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(input.resolve(file))) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }

  @Test
  void everyRecordIsLoadedOrQuarantinedAsTheRawFilesSay() throws Exception {
    assumeTrue(run != null, SKIPPED);
    assertTrue(run.outcome().succeeded(), run.summary());

    Map<Integer, Integer> tmdbByMovielens = new HashMap<>();
    for (CSVRecord link : records("links.csv")) {
      String tmdb = link.get("tmdbId");
      tmdbByMovielens.put(Integer.parseInt(link.get("movieId")), tmdb.isBlank() ? null : Integer.parseInt(tmdb));
    }
    List<CSVRecord> ratings = records("ratings.csv");
    long unlinkedRatings =
        ratings.stream().filter(r -> tmdbByMovielens.get(Integer.parseInt(r.get("movieId"))) == null).count();
    long unlinkedMovies = tmdbByMovielens.values().stream().filter(t -> t == null).count();
    List<CSVRecord> tags = records("tags.csv");
    List<CSVRecord> metadata = records("movies_metadata.csv");
    Set<Integer> tmdbIds = new HashSet<>();
    metadata.forEach(m -> tmdbIds.add(Integer.parseInt(m.get("id"))));
    Set<Integer> movies = new HashSet<>(tmdbIds);
    for (CSVRecord movie : records("movies.csv")) {
      Integer tmdb = tmdbByMovielens.get(Integer.parseInt(movie.get("movieId")));
      if (tmdb != null) {
        movies.add(tmdb);
      }
    }
    long cpi = records("cpi_CPIAUCSL.csv").size() + records("cpi_CUSR0000SS62031.csv").size();

    // The data's README states these; the raw files agree.
    assertEquals(100_836, ratings.size());
    assertEquals(13, unlinkedRatings);
    assertEquals(8, unlinkedMovies);

    assertEquals(
        Map.of(
            "ratings", ratings.size() + " " + (ratings.size() - unlinkedRatings) + " 0 " + unlinkedRatings,
            "tags", tags.size() + " " + tags.size() + " 0 0",
            "links", tmdbByMovielens.size() + " " + tmdbByMovielens.size() + " 0 0",
            "movielens_movies",
                tmdbByMovielens.size() + " " + (tmdbByMovielens.size() - unlinkedMovies) + " 0 " + unlinkedMovies,
            "movies_metadata", metadata.size() + " " + tmdbIds.size() + " " + (metadata.size() - tmdbIds.size()) + " 0",
            "cpi", cpi + " " + cpi + " 0 0"),
        warehouse.sourceCounts(run.outcome().runId()));

    assertEquals(movies.size(), warehouse.count("movies.movies"));
    assertEquals(tmdbIds.size(), warehouse.count("movies.movies WHERE source = 'tmdb'"));
    assertEquals(ratings.size() - unlinkedRatings, warehouse.count("movies.ratings"));
    assertEquals(tmdbByMovielens.size(), warehouse.count("movies.movie_link"));
    assertEquals(unlinkedMovies, warehouse.count("movies.movie_link WHERE movie_id IS NULL"));
    assertEquals(cpi, warehouse.count("movies.cpi"));
  }

  @Test
  void toyStoryIsJoinedThroughTheCrosswalkNotByMovielensId() throws Exception {
    assumeTrue(run != null, SKIPPED);
    assertEquals(
        List.of(List.of("Toy Story", 30_000_000L, "Toy Story Collection", "tmdb")),
        warehouse.query("SELECT title, budget, collection_name, source FROM movies.movies WHERE movie_id = 862"));
    // MovieLens movie 1 is TMDB 862: its ratings must land on 862, never on TMDB movie 1.
    assertEquals(List.of(List.of(862)),
        warehouse.query("SELECT DISTINCT movie_id FROM movies.ratings WHERE movielens_id = 1"));
    assertEquals(List.of(List.of("0114709", 862)),
        warehouse.query("SELECT imdb_id, movie_id FROM movies.movie_link WHERE movielens_id = 1"));
  }

  @Test
  void analyticsViewsAnswer() throws Exception {
    assumeTrue(run != null, SKIPPED);
    List<List<Object>> toyStory =
        warehouse.query("SELECT dollars_of_year, budget_real FROM movies.movie_financials WHERE movie_id = 862");
    assertEquals(2025, toyStory.get(0).get(0));
    long real = ((Number) toyStory.get(0).get(1)).longValue();
    assertTrue(real > 55_000_000L && real < 70_000_000L, "1995's $30M in 2025 dollars: " + real);
    List<List<Object>> comedy =
        warehouse.query(
            "SELECT sum(ratings), round(sum(average_rating * ratings) / sum(ratings), 2) "
                + "FROM movies.genre_rating_by_quarter WHERE genre_name = 'Comedy'");
    assertTrue(((Number) comedy.get(0).get(0)).longValue() > 1000, comedy.toString());
    BigDecimal average = (BigDecimal) comedy.get(0).get(1);
    assertTrue(average.doubleValue() > 2.5 && average.doubleValue() < 4.5, comedy.toString());
  }

  /**
   * The data README's other scenario: The Movies Dataset's own ratings and crosswalk, without MovieLens movies.csv.
   * The TMDB file here is a 4,627-row subset, so most rated movies have no row: the gate must refuse the load.
   */
  @Test
  void theKaggleScenarioWithTheSubsetCatalogueFailsTheForeignKeyChecks() throws Exception {
    assumeTrue(run != null, SKIPPED);
    Path kaggle = Files.createDirectories(workDir.resolve("kaggle-scenario"));
    for (String name : List.of("movies_metadata", "ratings_small", "links")) {
      Files.createSymbolicLink(kaggle.resolve(name + ".csv"), SHARED.resolve("movies-dataset/" + name + ".csv"));
    }
    try (TestWarehouse own = TestWarehouse.start(workDir.resolve("kaggle-warehouse"))) {
      Runs.Result kaggleRun = Runs.run(own, workDir, kaggle.toString());
      assertTrue(!kaggleRun.outcome().succeeded(), kaggleRun.summary());
      assertEquals(
          List.of(List.of("movie_link_movie_exists"), List.of("ratings_movie_exists")),
          own.query("SELECT check_name FROM movies.quality_result WHERE run_id = ? AND NOT passed ORDER BY 1",
              kaggleRun.outcome().runId()));
      assertEquals(0, own.count("movies.ratings"), "nothing of the refused load is visible");
    }
  }
}
