package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type-2 history through a day, a correcting day and a full refresh with rows removed, on the generator's sample:
 * the exact versions of one tag and one movie, and none from a rerun.
 */
class HistoryIT {
  @TempDir static Path workDir;
  static TestWarehouse warehouse;
  static Path input;
  static List<String> runs = new ArrayList<>();

  /** Tags of user 1 in the sample: one re-tagged on the correcting day, one removed before the full refresh. */
  static final String RETAGGED = "1,21,funny,";
  static final String REMOVED_TAG = "1,27,based on a book,";

  @BeforeAll
  static void loadThreeDays() throws Exception {
    warehouse = TestWarehouse.start(workDir.resolve("warehouse"));
    input = workDir.resolve("landing");
    SampleGenerator.sample(input);

    runs.add(load());

    // The correcting day: a later re-tag, TMDB movie 107 with a corrected title and budget, a new movie 990001.
    Files.writeString(
        input.resolve("tags_day2.csv"), "userId,movieId,tag,timestamp\n" + RETAGGED + "1704067200\n",
        StandardCharsets.UTF_8);
    CSVRecord movie = movieMetadata(107);
    writeMovieMetadata(
        movie,
        List.of(
            corrected(movie, "107", "River Lost 1 (Director's Cut)", "12345678"),
            corrected(movie, "990001", "Gone Tomorrow", "1000000")));
    runs.add(load());

    // The source loses movie 990001 and user 1's "based on a book" tag; a full refresh rebuilds from it.
    writeMovieMetadata(movie, List.of(corrected(movie, "107", "River Lost 1 (Director's Cut)", "12345678")));
    // Bytes kept as they are (the sample has non-UTF-8 rows and CRLF line ends): ISO-8859-1 maps byte to char.
    Path tags = input.resolve("tags.csv");
    String[] lines = Files.readString(tags, StandardCharsets.ISO_8859_1).split("\n", -1);
    Files.writeString(
        tags,
        String.join("\n", Arrays.stream(lines).filter(line -> !line.startsWith(REMOVED_TAG)).toList()),
        StandardCharsets.ISO_8859_1);
    runs.add(load("--fullRefresh"));
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(warehouse);
  }

  private static String load(String... extra) throws Exception {
    Runs.Result run = Runs.run(warehouse, workDir, input.toString(), extra);
    assertTrue(
        run.outcome().succeeded(),
        () -> run.summary() + quarantined(run.outcome().runId()));
    return run.outcome().runId();
  }

  private static String quarantined(String runId) {
    try {
      return warehouse.query("SELECT reason FROM movies.quarantine WHERE run_id = ?", runId).toString();
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static CSVRecord movieMetadata(int id) throws IOException {
    try (Reader in = Files.newBufferedReader(input.resolve("movies_metadata.csv"), StandardCharsets.ISO_8859_1)) {
      for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().build().parse(in)) {
        if (record.get("id").equals(Integer.toString(id))) {
          return record;
        }
      }
    }
    throw new IllegalStateException("no movie " + id + " in the sample");
  }

  private static List<String> corrected(CSVRecord movie, String id, String title, String budget) {
    List<String> values = new ArrayList<>(movie.toList());
    List<String> header = movie.getParser().getHeaderNames();
    values.set(header.indexOf("id"), id);
    if (!id.equals(movie.get("id"))) {
      values.set(header.indexOf("imdb_id"), String.format("tt%07d", Integer.parseInt(id)));
    }
    values.set(header.indexOf("title"), title);
    values.set(header.indexOf("budget"), budget);
    return values;
  }

  /** Writes the correcting day's movies file with the header {@code like} was read with. */
  private static void writeMovieMetadata(CSVRecord like, List<List<String>> rows) throws IOException {
    List<String> header = like.getParser().getHeaderNames();
    try (Writer out = Files.newBufferedWriter(input.resolve("movies_metadata_day2.csv"), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }

  /**
   * Versions as (key, values, the run that made it, the run that closed it or null): the closing run is the one
   * whose load was running at valid_to.
   */
  private static final String CLOSED_BY =
      "(SELECT e.run_id FROM movies.etl_run e WHERE h.valid_to BETWEEN e.started_at AND e.finished_at)";

  @Test
  void aReTagClosesTheOldVersionAndARemovedTagIsClosedNotDeleted() throws Exception {
    assertEquals(
        List.of(
            Arrays.asList("funny", "2002-03-26 14:18:00", runs.get(0), runs.get(1)),
            Arrays.asList("funny", "2024-01-01 00:00:00", runs.get(1), null),
            Arrays.asList("based on a book", "2000-06-13 17:32:12", runs.get(0), runs.get(2))),
        warehouse.query(
            "SELECT tag, to_char(tagged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), run_id, " + CLOSED_BY
                + " FROM movies.tag_history h WHERE user_id = 1 AND movielens_id IN (21, 27) "
                + "ORDER BY movielens_id, valid_from"));
    // The re-tag's versions meet: the old one ends where the new one begins.
    assertEquals(
        List.of(List.of(true)),
        warehouse.query(
            "SELECT min(valid_to) = max(valid_from) FROM movies.tag_history "
                + "WHERE user_id = 1 AND movielens_id = 21 AND tag = 'funny'"));
    assertEquals(0, warehouse.count("movies.tags WHERE user_id = 1 AND movielens_id = 27"));
  }

  @Test
  void aCorrectedMovieHasTwoVersionsAndAMovieGoneFromTheSourceIsClosed() throws Exception {
    assertEquals(
        List.of(
            Arrays.asList(107, "River Lost 1", null, runs.get(0), runs.get(1)),
            Arrays.asList(107, "River Lost 1 (Director's Cut)", 12_345_678L, runs.get(1), null),
            Arrays.asList(990001, "Gone Tomorrow", 1_000_000L, runs.get(1), runs.get(2))),
        warehouse.query(
            "SELECT movie_id, title, budget, run_id, " + CLOSED_BY + " FROM movies.movie_history h "
                + "WHERE movie_id IN (107, 990001) ORDER BY movie_id, valid_from"));
    assertEquals(0, warehouse.count("movies.movies WHERE movie_id = 990001"));
  }

  @Test
  void aRerunAndARepeatedFullRefreshMakeNoVersion() throws Exception {
    long before = warehouse.count("movies.tag_history") + warehouse.count("movies.movie_history");
    load();
    load("--fullRefresh");
    assertEquals(before, warehouse.count("movies.tag_history") + warehouse.count("movies.movie_history"));
  }

  @Test
  void aStaleNewestRatingWarnsButTheRunSucceeds() throws Exception {
    Runs.Result run = Runs.run(warehouse, workDir, input.toString(), "--fullRefresh", "--maxDataAgeHours=24");
    assertTrue(run.outcome().succeeded(), run.summary());
    assertTrue(run.summary().contains("  warn ratings_fresh "), run.summary());
    assertEquals(
        List.of(List.of(false, "warning")),
        warehouse.query(
            "SELECT passed, severity FROM movies.quality_result WHERE run_id = ? AND check_name = 'ratings_fresh'",
            run.outcome().runId()));
  }
}
