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
import java.util.Arrays;
import java.util.Comparator;
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
    // Every record the real data loses is a movie the crosswalk cannot place, and its reason code says so.
    assertEquals(List.of(List.of("movielens_movies", "unmapped_movie"), List.of("ratings", "unmapped_movie")),
        warehouse.query("SELECT DISTINCT source, reason_code FROM movies.quarantine WHERE run_id = ? ORDER BY 1",
            run.outcome().runId()));

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
    List<List<Object>> comedy =
        warehouse.query(
            "SELECT sum(ratings), round(sum(average_rating * ratings) / sum(ratings), 2) "
                + "FROM movies.genre_rating_by_quarter WHERE genre_name = 'Comedy'");
    assertTrue(((Number) comedy.get(0).get(0)).longValue() > 1000, comedy.toString());
    BigDecimal average = (BigDecimal) comedy.get(0).get(1);
    assertTrue(average.doubleValue() > 2.5 && average.doubleValue() < 4.5, comedy.toString());
  }

  /** A movie's ratings as the raw files give them: TMDB id through links.csv, every rating of the movie. */
  private record MovieRatings(List<Double> ratings, Set<Integer> users) {
    double mean() {
      return ratings.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    double populationStddev() {
      double mean = mean();
      return Math.sqrt(ratings.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / ratings.size());
    }
  }

  /** links.csv: the TMDB id of each MovieLens id that has one. */
  private static Map<Integer, Integer> linkedTmdbIds() throws IOException {
    Map<Integer, Integer> tmdbByMovielens = new HashMap<>();
    for (CSVRecord link : records("links.csv")) {
      if (!link.get("tmdbId").isBlank()) {
        tmdbByMovielens.put(Integer.parseInt(link.get("movieId")), Integer.parseInt(link.get("tmdbId")));
      }
    }
    return tmdbByMovielens;
  }

  private static Map<Integer, MovieRatings> ratingsByTmdbId() throws IOException {
    Map<Integer, Integer> tmdbByMovielens = linkedTmdbIds();
    Map<Integer, MovieRatings> byMovie = new HashMap<>();
    for (CSVRecord r : records("ratings.csv")) {
      Integer tmdb = tmdbByMovielens.get(Integer.parseInt(r.get("movieId")));
      if (tmdb != null) {
        MovieRatings m = byMovie.computeIfAbsent(tmdb, k -> new MovieRatings(new ArrayList<>(), new HashSet<>()));
        m.ratings().add(Double.parseDouble(r.get("rating")));
        m.users().add(Integer.parseInt(r.get("userId")));
      }
    }
    return byMovie;
  }

  @Test
  void movieRatingStatsAgreeWithTheRawRatings() throws Exception {
    assumeTrue(run != null, SKIPPED);
    Map<Integer, MovieRatings> byMovie = ratingsByTmdbId();
    MovieRatings toyStory = byMovie.get(862);
    List<List<Object>> row =
        warehouse.query(
            "SELECT ratings_count, distinct_users, avg_rating, stddev_rating, min_rating, max_rating "
                + "FROM movies.movie_rating_stats WHERE movie_id = 862");
    assertEquals(215, toyStory.ratings().size(), "Toy Story's ratings in ratings.csv");
    assertEquals(toyStory.ratings().size(), ((Number) row.get(0).get(0)).intValue());
    assertEquals(toyStory.users().size(), ((Number) row.get(0).get(1)).intValue());
    assertEquals(toyStory.mean(), ((BigDecimal) row.get(0).get(2)).doubleValue(), 1e-6);
    assertEquals(toyStory.populationStddev(), ((BigDecimal) row.get(0).get(3)).doubleValue(), 1e-6);
    assertEquals(0.5, ((BigDecimal) row.get(0).get(4)).doubleValue());
    assertEquals(5.0, ((BigDecimal) row.get(0).get(5)).doubleValue());

    // Every rated movie, not only one: the mart's counts and means, with the movies that disagree listed.
    Map<Integer, List<Object>> mart = new HashMap<>();
    for (List<Object> r :
        warehouse.query(
            "SELECT movie_id, ratings_count, distinct_users, avg_rating FROM movies.movie_rating_stats "
                + "WHERE ratings_count > 0")) {
      mart.put((Integer) r.get(0), r);
    }
    List<String> disagreeing = new ArrayList<>();
    Set<Integer> movies = new HashSet<>(byMovie.keySet());
    movies.addAll(mart.keySet());
    for (int movie : movies) {
      MovieRatings expected = byMovie.get(movie);
      List<Object> actual = mart.get(movie);
      if (expected == null
          || actual == null
          || ((Number) actual.get(1)).intValue() != expected.ratings().size()
          || ((Number) actual.get(2)).intValue() != expected.users().size()
          || Math.abs(((BigDecimal) actual.get(3)).doubleValue() - expected.mean()) > 1e-6) {
        disagreeing.add(
            movie + ": raw " + (expected == null ? "none" : expected.ratings().size() + " " + expected.users().size()
                + " " + expected.mean()) + ", mart " + actual);
      }
    }
    assertEquals(List.of(), disagreeing.subList(0, Math.min(10, disagreeing.size())), disagreeing.size() + " movies");
  }

  @Test
  void topRatedMoviesAreTheImdbWeightedRatingWorkedOutHere() throws Exception {
    assumeTrue(run != null, SKIPPED);
    Map<Integer, MovieRatings> byMovie = ratingsByTmdbId();
    int minVotes = 50;
    double overall =
        byMovie.values().stream().flatMap(m -> m.ratings().stream()).mapToDouble(Double::doubleValue).average()
            .orElseThrow();
    List<Integer> expected =
        byMovie.entrySet().stream()
            .filter(e -> e.getValue().ratings().size() >= minVotes)
            .sorted(
                Comparator.comparingDouble(
                        (Map.Entry<Integer, MovieRatings> e) -> {
                          double v = e.getValue().ratings().size();
                          return -(v / (v + minVotes) * e.getValue().mean() + minVotes / (v + minVotes) * overall);
                        })
                    .thenComparing(Map.Entry::getKey))
            .limit(10)
            .map(Map.Entry::getKey)
            .toList();
    List<Integer> actual =
        warehouse.query("SELECT movie_id FROM movies.top_rated_movies ORDER BY rank, movie_id LIMIT 10").stream()
            .map(r -> (Integer) r.get(0))
            .toList();
    assertEquals(expected, actual);
    // The Shawshank Redemption (TMDB 278) tops MovieLens small at 50 votes.
    assertEquals(278, actual.get(0));
  }

  @Test
  void usersSummariseTheirRatingsAndTags() throws Exception {
    assumeTrue(run != null, SKIPPED);
    // Ratings of the unlinked movies are quarantined, so they are not in the warehouse's counts.
    Map<Integer, Integer> tmdbByMovielens = linkedTmdbIds();
    Map<Integer, long[]> expected = new HashMap<>();
    for (CSVRecord r : records("ratings.csv")) {
      long[] counts = expected.computeIfAbsent(Integer.parseInt(r.get("userId")), k -> new long[2]);
      if (tmdbByMovielens.containsKey(Integer.parseInt(r.get("movieId")))) {
        counts[0]++;
      }
    }
    for (CSVRecord t : records("tags.csv")) {
      expected.computeIfAbsent(Integer.parseInt(t.get("userId")), k -> new long[2])[1]++;
    }
    Map<Integer, String> expectedText = new HashMap<>();
    expected.forEach((user, counts) -> expectedText.put(user, counts[0] + " " + counts[1]));
    Map<Integer, String> actual = new HashMap<>();
    for (List<Object> r : warehouse.query("SELECT user_id, ratings_count, tags_count FROM movies.users")) {
      actual.put((Integer) r.get(0), r.get(1) + " " + r.get(2));
    }
    assertEquals(expectedText, actual);
  }

  @Test
  void moneyIsDeflatedByTheReleaseMonthsIndex() throws Exception {
    assumeTrue(run != null, SKIPPED);
    Map<String, Double> allItems = new HashMap<>();
    for (CSVRecord r : records("cpi_CPIAUCSL.csv")) {
      allItems.put(r.get(0), Double.parseDouble(r.get(1)));
    }
    // Toy Story: released 1995-10-30 on a $30M budget; the newest CPIAUCSL month is 2025-09.
    long expected = Math.round(30_000_000L * allItems.get("2025-09-01") / allItems.get("1995-10-01"));
    assertEquals(
        List.of(List.of(expected, 2025)),
        warehouse.query("SELECT budget_real, dollars_of_year FROM movies.movie_financials WHERE movie_id = 862"));
    // 1995 is before the admission series (1999-01 on): no figure rather than a wrong one.
    assertEquals(
        Arrays.asList(Arrays.asList((Object) null)),
        warehouse.query("SELECT budget_real_admission FROM movies.movie_financials WHERE movie_id = 862"));
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
