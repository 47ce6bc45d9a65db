package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.LandOptions;
import com.movielytics.pipeline.Movielytics;
import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.S3Server;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily drops on a real S3 API: {@code land} puts them under time-stamped keys, each run reads only content the
 * warehouse has not loaded, and the result equals one full load of every file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalLoadsIT {
  private static final String PREFIX = "s3://movielytics-landing/daily/";

  @TempDir static Path workDir;
  static S3Server s3;
  static TestWarehouse daily;
  static TestWarehouse once;
  static List<String> firstBatch;
  static List<String> delta;
  static Map<String, String> dailyAfterDelta;

  @BeforeAll
  static void start() throws Exception {
    s3 = S3Server.start(workDir);
    Runs.useS3Credentials();
    s3.createBucket("movielytics-landing");
    daily = TestWarehouse.start(workDir.resolve("daily"));
    once = TestWarehouse.start(workDir.resolve("once"));
    SampleGenerator.generate(workDir.resolve("day1"), 3_000, 11);
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(s3, daily, once);
  }

  private static String[] s3Options(String... extra) {
    List<String> args = new ArrayList<>(s3.pipelineOptions());
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  /** {@code land --from=folder}, as the command line runs it; returns the URIs it printed. */
  private static List<String> land(String folder) throws Exception {
    // Keys carry the landing second: wait for a new one, as a daily schedule would.
    long second = System.currentTimeMillis() / 1000;
    while (System.currentTimeMillis() / 1000 == second) {
      Thread.sleep(20);
    }
    LandOptions options =
        PipelineOptionsFactory.fromArgs(
                s3Options("--from=" + workDir.resolve(folder), "--inputPrefix=" + PREFIX))
            .withValidation()
            .as(LandOptions.class);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Movielytics.land(options, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String printed = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(printed);
    return printed.lines().map(l -> l.substring(l.indexOf("-> ") + 3, l.indexOf(" (", l.indexOf("-> ")))).toList();
  }

  private static List<Object> filesRead(TestWarehouse warehouse, String runId) throws Exception {
    return warehouse
        .query("SELECT jsonb_array_elements_text(files_read) FROM movies.etl_run WHERE run_id = ? ORDER BY 1",
            runId)
        .stream().map(row -> row.get(0)).toList();
  }

  private static List<Object> sorted(List<String> uris) {
    return uris.stream().sorted().map(u -> (Object) u).toList();
  }

  private static String named(List<String> uris, String suffix) {
    return uris.stream().filter(u -> u.endsWith(suffix)).findFirst().orElseThrow();
  }

  @Test
  @Order(1)
  void aFirstLandingIsReadWhole() throws Exception {
    firstBatch = land("day1");
    assertEquals(10, firstBatch.size());
    assertTrue(firstBatch.stream().allMatch(u -> u.matches("s3://movielytics-landing/daily/\\d{14}_.+\\.csv")),
        firstBatch.toString());

    Runs.Result run = Runs.run(daily, workDir, PREFIX, s3Options());
    assertTrue(run.outcome().succeeded(), run.summary());
    assertEquals(sorted(firstBatch), filesRead(daily, run.outcome().runId()));
    assertEquals(List.of(List.of("loaded", 10L)),
        daily.query("SELECT status, count(*) FROM movies.load_manifest GROUP BY status"));
  }

  @Test
  @Order(2)
  void aDeltaReadsOnlyWhatIsNewAndEqualsOneFullLoad() throws Exception {
    Path day1 = workDir.resolve("day1");
    Path day2 = Files.createDirectories(workDir.resolve("day2"));
    // New ratings and re-ratings: a later re-rating wins, an older one does not.
    List<List<Object>> some =
        daily.query("SELECT user_id, movielens_id, rating, extract(epoch FROM rated_at)::bigint "
            + "FROM movies.ratings ORDER BY user_id, movielens_id LIMIT 2");
    int newMovie = ((Number) daily.query("SELECT max(movielens_id) FROM movies.movie_link WHERE movie_id IS NOT NULL "
        + "AND movie_id IN (SELECT movie_id FROM movies.movies)").get(0).get(0)).intValue();
    String later = some.get(0).get(0) + "," + some.get(0).get(1) + ",0.5," + ((Long) some.get(0).get(3) + 86_400);
    String older = some.get(1).get(0) + "," + some.get(1).get(1) + ",0.5," + ((Long) some.get(1).get(3) - 86_400);
    Files.writeString(day2.resolve("ratings_20240722.csv"),
        "userId,movieId,rating,timestamp\n90001," + newMovie + ",4.5,1721606400\n" + later + "\n" + older + "\n");
    // A corrected crosswalk: a rated MovieLens movie now maps to another TMDB movie; its earlier ratings follow.
    List<List<Object>> relinked = daily.query(
        "SELECT r.movielens_id, l.imdb_id, (SELECT min(movie_id) FROM movies.movies WHERE source = 'tmdb' "
            + "AND movie_id <> r.movie_id) FROM movies.ratings r JOIN movies.movie_link l USING (movielens_id) "
            + "JOIN movies.movies m ON m.movie_id = r.movie_id AND m.source = 'tmdb' ORDER BY 1 LIMIT 1");
    Files.writeString(day2.resolve("links_20240722.csv"), "movieId,imdbId,tmdbId\n" + relinked.get(0).get(0) + ","
        + relinked.get(0).get(1) + "," + relinked.get(0).get(2) + "\n");
    // A re-upload of a file already loaded, byte for byte.
    Files.copy(day1.resolve("tags.csv"), day2.resolve("tags.csv"));
    // A corrected movies file: one title fixed, one movie added.
    String corrected = correctMoviesMetadata(day1.resolve("movies_metadata.csv"), day2.resolve("movies_metadata.csv"));
    // Two more CPI months.
    LocalDate last = LocalDate.parse(Files.readAllLines(day1.resolve("cpi_CPIAUCSL.csv")).stream()
        .reduce((a, b) -> b).orElseThrow().split(",")[0]);
    Files.writeString(day2.resolve("cpi_CPIAUCSL_update.csv"),
        "observation_date,CPIAUCSL\n" + last.plusMonths(1) + ",400.001\n" + last.plusMonths(2) + ",401.002\n");
    // Genome scores without a genome-tags file: their tags are the warehouse's. One movie is new to the genome,
    // one score is corrected.
    Files.writeString(day2.resolve("genome-scores_20240722.csv"),
        "movieId,tagId,relevance\n" + newMovie + ",7,0.5\n1,5,0.125\n");
    // A day with no tags: a header alone loads as a file of no records, with a warning, as in a first load.
    Files.writeString(day2.resolve("tags_20240722.csv"), "userId,movieId,tag,timestamp\r\n");

    delta = land("day2");
    Runs.Result run = Runs.run(daily, workDir, PREFIX, s3Options());

    assertTrue(run.outcome().succeeded(), run.summary());
    String headerOnly = named(delta, "_tags_20240722.csv");
    assertTrue(run.summary().contains("Warning: " + headerOnly + " holds no records (empty, or a header only)"),
        run.summary());
    assertEquals(List.of(List.of("loaded", 0L)),
        daily.query("SELECT status, records FROM movies.load_manifest WHERE file_uri = ?", headerOnly));
    String tagsCopy = named(delta, "_tags.csv");
    assertEquals(sorted(delta.stream().filter(u -> !u.equals(tagsCopy)).toList()),
        filesRead(daily, run.outcome().runId()), "only the new content is read");
    assertEquals(List.of(List.of("duplicate", named(firstBatch, "_tags.csv"))),
        daily.query("SELECT status, duplicate_of FROM movies.load_manifest WHERE file_uri = ?", tagsCopy));
    assertTrue(run.summary().contains("skip tags              " + tagsCopy + " (same content as "
        + named(firstBatch, "_tags.csv") + ", loaded by run "), run.summary());
    assertEquals(List.of(List.of(new java.math.BigDecimal("0.5"))),
        daily.query("SELECT rating FROM movies.ratings WHERE user_id = ? AND movielens_id = ?",
            some.get(0).get(0), some.get(0).get(1)), "the later re-rating wins");
    assertEquals(List.of(List.of(some.get(1).get(2))),
        daily.query("SELECT rating FROM movies.ratings WHERE user_id = ? AND movielens_id = ?",
            some.get(1).get(0), some.get(1).get(1)), "an older re-rating does not");
    assertEquals(1, daily.count("movies.ratings WHERE user_id = 90001"),
        "a new rating links through the warehouse's crosswalk: the delta's links file does not list its movie");
    assertEquals(List.of(List.of(1L)), daily.query("SELECT count(*) FROM movies.movies WHERE title = ?", corrected));
    assertEquals(1, daily.count("movies.movies WHERE movie_id = 990001"));
    assertEquals(2, daily.count("movies.cpi WHERE \"month\" > '" + last + "'"));
    assertEquals(List.of(List.of(0.5, 0.125)), daily.query("SELECT (SELECT relevance FROM movies.genome_score "
        + "WHERE movielens_id = ? AND tag_id = 7), (SELECT relevance FROM movies.genome_score WHERE movielens_id = 1 "
        + "AND tag_id = 5)", newMovie), "scores link through the warehouse's genome tags and crosswalk");
    assertEquals(List.of(List.of(0L)), daily.query("SELECT count(*) FILTER (WHERE movie_id <> ?) FROM movies.ratings "
        + "WHERE movielens_id = ?", relinked.get(0).get(2), relinked.get(0).get(0)), "earlier ratings are relinked");
    dailyAfterDelta = daily.checksums();

    Runs.Result full = Runs.run(once, workDir, PREFIX, s3Options());
    assertTrue(full.outcome().succeeded(), full.summary());
    assertEquals(dailyAfterDelta, once.checksums(), "day by day equals one load of every file");
  }

  @Test
  @Order(3)
  void aFullRefreshRebuildsTheSameTables() throws Exception {
    Runs.Result run = Runs.run(daily, workDir, PREFIX, s3Options("--fullRefresh"));
    assertTrue(run.outcome().succeeded(), run.summary());
    assertEquals(16, filesRead(daily, run.outcome().runId()).size(), "every distinct content: 10 + 6 of 7 new files");
    assertEquals(dailyAfterDelta, daily.checksums());
  }

  @Test
  @Order(4)
  void aRerunReadsNothingAndChangesNothing() throws Exception {
    long runs = daily.count("movies.etl_run");
    Runs.Result dry = Runs.run(daily, workDir, PREFIX, s3Options("--dryRun"));
    assertTrue(dry.summary().contains("0 file(s) to read"), dry.summary());
    assertEquals(17, dry.summary().lines().filter(l -> l.matches("  skip .* \\((loaded by run|same content as) .*"))
        .count(), "a dry run lists every file with its decision, the ones already loaded too:\n" + dry.summary());
    assertEquals(runs, daily.count("movies.etl_run"), "a dry run writes nothing");

    Runs.Result run = Runs.run(daily, workDir, PREFIX, s3Options());
    assertTrue(run.outcome().succeeded(), run.summary());
    assertEquals(List.of(), filesRead(daily, run.outcome().runId()));
    assertEquals(dailyAfterDelta, daily.checksums());
  }

  @Test
  @Order(5)
  void filesOfAFailedRunArePendingAndTheNextRunLoadsThemOnce() throws Exception {
    Path day3 = Files.createDirectories(workDir.resolve("day3"));
    int movie = ((Number) daily.query("SELECT min(movielens_id) FROM movies.movie_link WHERE movie_id IS NOT NULL "
        + "AND movie_id IN (SELECT movie_id FROM movies.movies)").get(0).get(0)).intValue();
    Files.writeString(day3.resolve("ratings_20240723.csv"),
        "userId,movieId,rating,timestamp\n90002," + movie + ",3.0,1721692800\n90003," + movie + ",2.0,1721692801\n");
    String ratings = land("day3").get(0);

    Runs.Result dry = Runs.run(daily, workDir, PREFIX, s3Options("--dryRun"));
    assertTrue(dry.summary().contains("read ratings           " + ratings + " (new file)"), dry.summary());

    // The upsert fails after staging: nothing of the run may stick, its file stays pending.
    try (var c = daily.connection().open(); var s = c.createStatement()) {
      s.execute("CREATE FUNCTION movies.simulated_failure() RETURNS trigger LANGUAGE plpgsql AS "
          + "$$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$");
      s.execute("CREATE TRIGGER simulated_failure BEFORE INSERT ON movies.ratings "
          + "FOR EACH ROW EXECUTE FUNCTION movies.simulated_failure()");
    }
    Runs.Result failed = Runs.run(daily, workDir, PREFIX, s3Options());
    assertFalse(failed.outcome().succeeded(), failed.summary());
    assertTrue(failed.summary().contains("disk full (simulated)"), failed.summary());
    assertEquals(List.of(List.of("pending")),
        daily.query("SELECT status FROM movies.load_manifest WHERE file_uri = ?", ratings));
    assertEquals(dailyAfterDelta, daily.checksums(), "the failed run changed no final table");
    try (var c = daily.connection().open(); var s = c.createStatement()) {
      s.execute("DROP TRIGGER simulated_failure ON movies.ratings");
      s.execute("DROP FUNCTION movies.simulated_failure()");
    }

    Runs.Result next = Runs.run(daily, workDir, PREFIX, s3Options());
    assertTrue(next.outcome().succeeded(), next.summary());
    assertEquals(List.of(ratings), filesRead(daily, next.outcome().runId()));
    assertTrue(next.summary().contains("(pending: seen before, not loaded yet)"), next.summary());
    assertEquals("2 2 0 0", daily.sourceCounts(next.outcome().runId()).get("ratings"));
    assertEquals(2, daily.count("movies.ratings WHERE user_id IN (90002, 90003)"));

    Runs.Result onceMore = Runs.run(once, workDir, PREFIX, s3Options());
    assertTrue(onceMore.outcome().succeeded(), onceMore.summary());
    assertEquals(once.checksums(), daily.checksums());
  }

  @Test
  @Order(6)
  void aDeltaOfRatingsTagsAndScoresAdjustsTheMartsAsARebuildWouldMakeThem() throws Exception {
    // Without movies or links the marts' rating aggregates are adjusted by what the run changed, not rebuilt:
    // re-ratings that leave a user's only rating of a year, a movie's first and its last rating; a new user's
    // rating of that last movie; an unchanged and an older re-rating; a user's first activity re-rated years later;
    // a new tag and a corrected genome score.
    List<Object> aloneInItsYear = daily.query(
        "SELECT r.user_id, r.movielens_id, extract(epoch FROM r.rated_at)::bigint FROM movies.ratings r "
        + "WHERE r.user_id < 90000 AND (r.user_id, extract(year FROM r.rated_date)) IN ("
        + "SELECT user_id, extract(year FROM rated_date) FROM movies.ratings GROUP BY 1, 2 HAVING count(*) = 1) "
        + "ORDER BY 1, 2 LIMIT 1").get(0);
    String atTheEnd = "SELECT r.user_id, r.movielens_id, extract(epoch FROM r.rated_at)::bigint, r.rating "
        + "FROM movies.ratings r JOIN movies.movie_rating_stats s ON s.movie_id = r.movie_id "
        + "AND r.rated_at = s.%s WHERE s.ratings_count > 2 AND r.user_id < 90000 ORDER BY r.movie_id %s LIMIT 1";
    List<Object> first = daily.query(String.format(atTheEnd, "first_rated_at", "ASC")).get(0);
    List<Object> last = daily.query(String.format(atTheEnd, "last_rated_at", "DESC")).get(0);
    // A user's first activity, re-rated much later: the users dimension must summarise that user again.
    List<Object> usersFirst = daily.query(
        "SELECT r.user_id, r.movielens_id, extract(epoch FROM r.rated_at)::bigint FROM movies.ratings r "
        + "JOIN movies.users u ON u.user_id = r.user_id AND r.rated_at = u.first_active_at "
        + "WHERE u.ratings_count > 2 AND r.user_id < 90000 AND r.user_id NOT IN (?, ?, ?) ORDER BY 1, 2 LIMIT 1",
        aloneInItsYear.get(0), first.get(0), last.get(0)).get(0);
    assertEquals(3, Set.of(aloneInItsYear.subList(0, 2), first.subList(0, 2), last.subList(0, 2)).size(),
        "three different ratings");
    long day = 86_400;
    Path day4 = Files.createDirectories(workDir.resolve("day4"));
    Files.writeString(day4.resolve("ratings_20240724.csv"), String.join("\n",
        "userId,movieId,rating,timestamp",
        aloneInItsYear.get(0) + "," + aloneInItsYear.get(1) + ",1.0," + ((Long) aloneInItsYear.get(2) + 400 * day),
        first.get(0) + "," + first.get(1) + ",5.0," + ((Long) first.get(2) + day),
        last.get(0) + "," + last.get(1) + ",0.5," + ((Long) last.get(2) + 1),
        "90004," + last.get(1) + ",2.5," + ((Long) first.get(2) - 30 * day),
        last.get(0) + "," + last.get(1) + ",0.5," + ((Long) last.get(2) + 1),
        first.get(0) + "," + first.get(1) + ",0.5," + ((Long) first.get(2) - day),
        usersFirst.get(0) + "," + usersFirst.get(1) + ",3.0," + ((Long) usersFirst.get(2) + 3000 * day)) + "\n");
    Files.writeString(day4.resolve("tags_20240724.csv"),
        "userId,movieId,tag,timestamp\n" + last.get(0) + "," + last.get(1) + ",adjusted,1721779200\n");
    Files.writeString(day4.resolve("genome-scores_20240724.csv"), "movieId,tagId,relevance\n1,5,0.25\n");
    land("day4");

    Runs.Result adjusted = Runs.run(daily, workDir, PREFIX, s3Options());
    assertTrue(adjusted.outcome().succeeded(), adjusted.summary());
    assertEquals(List.of(List.of(new java.math.BigDecimal("5.0"))),
        daily.query("SELECT rating FROM movies.ratings WHERE user_id = ? AND movielens_id = ?",
            first.get(0), first.get(1)), "the later re-rating wins");
    Map<String, String> afterDelta = daily.checksums();

    Runs.Result rebuilt = Runs.run(daily, workDir, PREFIX, s3Options("--fullRefresh"));
    assertTrue(rebuilt.outcome().succeeded(), rebuilt.summary());
    assertEquals(afterDelta, daily.checksums(), "adjusted marts equal marts rebuilt from every file");
  }

  /**
   * Writes a corrected movies file: the first movie of {@code from} with its title corrected, and one movie added.
   * Returns the corrected title. The generated file holds a Windows-1252 byte and a stray quote further down: only
   * its first record is parsed, its bytes kept as Latin-1 both ways.
   */
  private static String correctMoviesMetadata(Path from, Path to) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = Files.newBufferedReader(from, StandardCharsets.ISO_8859_1);
        Writer out = Files.newBufferedWriter(to, StandardCharsets.ISO_8859_1)) {
      var parser = format.parse(in);
      List<String> header = parser.getHeaderNames();
      CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).build().print(out);
      List<String> values = new ArrayList<>(parser.iterator().next().toList());
      String corrected = values.get(header.indexOf("title")) + " (Director's Cut)";
      values.set(header.indexOf("title"), corrected);
      printer.printRecord(values);
      values.set(header.indexOf("id"), "990001");
      values.set(header.indexOf("imdb_id"), "tt9990001");
      values.set(header.indexOf("title"), "A New Movie");
      printer.printRecord(values);
      printer.flush();
      return corrected;
    }
  }
}
