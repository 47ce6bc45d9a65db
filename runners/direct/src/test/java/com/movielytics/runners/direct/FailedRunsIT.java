package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.pipeline.generate.SampleGenerator;
import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.stage.StagingTables;
import com.movielytics.transforms.warehouse.QualityGates;
import com.movielytics.transforms.warehouse.RunStart;
import com.movielytics.transforms.warehouse.WarehouseLoad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails its gates leaves the final tables exactly as the last good run left them. */
class FailedRunsIT {
  @TempDir static Path workDir;
  static TestWarehouse warehouse;
  static Path sample;
  static Map<String, String> goodState;

  @BeforeAll
  static void loadTheSample() throws Exception {
    warehouse = TestWarehouse.start(workDir.resolve("warehouse"));
    sample = workDir.resolve("sample");
    SampleGenerator.sample(sample);
    Runs.Result good = Runs.run(warehouse, workDir, sample.toString());
    assertTrue(good.outcome().succeeded(), good.summary());
    goodState = warehouse.checksums();
  }

  @AfterAll
  static void stop() throws Exception {
    Runs.closeAll(warehouse);
  }

  /** The sample plus one more file. */
  private static Path sampleWith(String name, String extraFile, String content) throws IOException {
    Path folder = Files.createDirectories(workDir.resolve(name));
    try (Stream<Path> files = Files.list(sample)) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    Files.writeString(folder.resolve(extraFile), content);
    return folder;
  }

  @Test
  void tooManyRejectsFailBeforeTheFinalTablesAreTouched() throws Exception {
    StringBuilder broken = new StringBuilder("userId,movieId,rating,timestamp\n");
    for (int i = 0; i < 1000; i++) {
      broken.append(i + 1).append(",1,9.5,1500000000\n"); // out of range: quarantined
    }
    Path input = sampleWith("over-ratio", "ratings_20240722.csv", broken.toString());

    Runs.Result run = Runs.run(warehouse, workDir, input.toString());
    // The copies of the sample are byte-identical to what was loaded: only the new file is read.
    assertTrue(run.summary().contains("1 file(s) to read, 0 already loaded, 10 duplicate(s)"), run.summary());

    assertFalse(run.outcome().succeeded());
    List<List<Object>> record =
        warehouse.query("SELECT status, error FROM movies.etl_run WHERE run_id = ?", run.outcome().runId());
    assertEquals("failed", record.get(0).get(0));
    assertTrue(((String) record.get(0).get(1)).contains("ratings quarantined 1000 of 1000 records"),
        (String) record.get(0).get(1));
    assertEquals(goodState, warehouse.checksums());
    assertTrue(run.summary().contains("Nothing of this run reached the final tables; its files stay pending."),
        run.summary());
    assertFalse(run.summary().matches("(?s).*source +files +read +loaded.*"), "nothing is called loaded");
    String succeeded = (String) warehouse.query("SELECT min(run_id) FROM movies.etl_run WHERE status = 'succeeded'")
        .get(0).get(0);
    // phase_seconds holds every phase the console prints; the failed run stopped at its gate, before the upsert.
    assertEquals("marts,stage,total,upsert,quality", phases(succeeded));
    assertEquals("stage,total", phases(run.outcome().runId()));
    assertEquals(1000,
        warehouse.count("movies.quarantine WHERE run_id = '" + run.outcome().runId() + "' AND reason = "
            + "'rating ''9.5'' is not between 0.5 and 5.0 in steps of 0.5'"),
        "the rejects are kept for inspection");
    assertEquals(0, warehouse.count("movies_staging.ratings"), "staging is dropped after a failed run too");
  }

  private static String phases(String runId) throws Exception {
    return (String) warehouse.query("SELECT string_agg(key, ',' ORDER BY length(key), key) FROM movies.etl_run, "
        + "jsonb_object_keys(phase_seconds) AS key WHERE run_id = ?", runId).get(0).get(0);
  }

  @Test
  void aFileThatCannotBeSplitIntoRecordsFailsTheRunAndLoadsOnceReplaced() throws Exception {
    // The sample's first movie row, under new ids: A and B.
    List<String> metadata = Files.readAllLines(sample.resolve("movies_metadata.csv"), StandardCharsets.ISO_8859_1);
    String header = metadata.get(0);
    String movieA = metadata.get(1).replace(",107,tt0100001,", ",990107,tt9990107,");
    String movieB = metadata.get(1).replace(",107,tt0100001,", ",990108,tt9990108,");
    // A quote that opens the second field of A swallows its row; then 6 KB of lines that start no record.
    String broken = header + "\n" + movieA.replaceFirst("^False,", "False,\"") + "\n"
        + "an overview that lost its quotes, line after line\n".repeat(120) + movieB;
    Path input = sampleWith("unsplittable", "movies_metadata_20240722.csv", broken);
    String uri = input.resolve("movies_metadata_20240722.csv").toString();

    Runs.Result run = Runs.run(warehouse, workDir, input.toString(), "--maxRecordBytes=4096");

    assertFalse(run.outcome().succeeded(), run.summary());
    String error = (String) warehouse.query("SELECT error FROM movies.etl_run WHERE run_id = ?",
        run.outcome().runId()).get(0).get(0);
    assertTrue(error.contains(uri + ": at byte " + (header.length() + 1) + " (line 2) the record has text after the "
        + "closing quote of field 2"), error);
    assertTrue(error.contains("no line within --maxRecordBytes (4,096 bytes) after it starts a whole record"), error);
    assertEquals(List.of(List.of("pending")),
        warehouse.query("SELECT status FROM movies.load_manifest WHERE file_uri = ?", uri));
    assertEquals(goodState, warehouse.checksums(), "the final tables are untouched");

    Files.writeString(input.resolve("movies_metadata_20240722.csv"), header + "\n" + movieA + "\n" + movieB);
    Runs.Result replaced = Runs.run(warehouse, workDir, input.toString(), "--maxRecordBytes=4096");

    assertTrue(replaced.outcome().succeeded(), replaced.summary());
    assertTrue(replaced.summary().contains("read movies_metadata   " + uri + " (content changed)"), replaced.summary());
    assertEquals(2, warehouse.count("movies.movies WHERE movie_id IN (990107, 990108)"));
    assertEquals(List.of(List.of("loaded", 2L)),
        warehouse.query("SELECT status, records FROM movies.load_manifest WHERE file_uri = ?", uri));
    goodState = warehouse.checksums(); // the last good run, for the tests that follow
  }

  @Test
  void aFileInAnotherEncodingIsRefusedAsAWholeAndTheRunFailsUntouched() throws Exception {
    Path input = sampleWith("utf16", "tags_20240722.csv", "");
    Path file = input.resolve("tags_20240722.csv");
    byte[] text = "userId,movieId,tag,timestamp\r\n1,1,caf\u00e9,1300000000\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(file, withBom);

    Runs.Result run = Runs.run(warehouse, workDir, input.toString());

    assertFalse(run.outcome().succeeded(), run.summary());
    assertTrue(run.summary().contains("Error: tags file " + file + " refused: the file starts with a UTF-16 byte order "
        + "mark (\\xff\\xfe): it is not UTF-8; convert it to UTF-8; final tables left unchanged"), run.summary());
    assertEquals(List.of(List.of("pending")),
        warehouse.query("SELECT status FROM movies.load_manifest WHERE file_uri = ?", file.toString()));
    assertEquals(0, warehouse.count("movies.quarantine WHERE run_id = '" + run.outcome().runId() + "'"),
        "refused as a whole, not record by record");
    assertEquals(goodState, warehouse.checksums());
  }

  @Test
  void aFailedQualityCheckRollsBackTheWholeLoad() throws Exception {
    // A crosswalk row pointing at a TMDB movie that no source describes: movie_link would dangle.
    Path input = sampleWith("dangling-link", "links_20240722.csv", "movieId,imdbId,tmdbId\n999999,0999999,77777777\n");

    Runs.Result run = Runs.run(warehouse, workDir, input.toString());

    assertFalse(run.outcome().succeeded());
    assertEquals(
        List.of(List.of("movie_link_movie_exists", 1L, "movielens_id=999999, movie_id=77777777")),
        warehouse.query(
            "SELECT check_name, violations, example FROM movies.quality_result WHERE run_id = ? AND NOT passed",
            run.outcome().runId()));
    assertTrue(run.summary().contains("FAIL movie_link_movie_exists"), run.summary());
    assertEquals(goodState, warehouse.checksums(), "the upserts of the failed run were rolled back");
  }

  /**
   * The checks of ratings and tags look at the rows a load writes, not the whole tables. A corrected crosswalk
   * re-points ratings an earlier run loaded: those are written by this load too, and are checked.
   */
  @Test
  void ratingsAnEarlierRunLoadedAreCheckedWhenTheCrosswalkRepointsThem() throws Exception {
    Object rated = warehouse.query("SELECT min(movielens_id) FROM movies.ratings").get(0).get(0);
    Path input = sampleWith("repointed", "links_20240723.csv", "movieId,imdbId,tmdbId\n" + rated + ",0999998,77777778\n");

    Runs.Result run = Runs.run(warehouse, workDir, input.toString());

    assertFalse(run.outcome().succeeded(), run.summary());
    List<List<Object>> failed = warehouse.query(
        "SELECT check_name, example FROM movies.quality_result WHERE run_id = ? AND NOT passed ORDER BY 1",
        run.outcome().runId());
    // Movie 1 also has genome scores: they follow the crosswalk too.
    assertEquals(
        List.of("genome_score_movie_exists", "movie_link_movie_exists", "ratings_movie_exists", "tags_movie_exists"),
        failed.stream().map(row -> row.get(0)).toList());
    assertTrue(((String) failed.get(2).get(1)).endsWith(", movielens_id=" + rated + ", movie_id=77777778"),
        "a rating of an earlier run, re-pointed by this one: " + failed.get(2).get(1));
    assertTrue(((String) failed.get(0).get(1)).startsWith("movielens_id=" + rated + ", "),
        "a genome score of an earlier run, re-pointed by this one: " + failed.get(0).get(1));
    assertEquals(goodState, warehouse.checksums());
  }

  /**
   * A ratings delta's checks read the rows its upsert wrote (sql/run/written_ratings_upserted.sql), not every
   * rating. A new user's rating of a movie no source describes is staged directly, since the pipeline's crosswalk
   * never gives one: the load fails on that row.
   */
  @Test
  void aDeltasRatingsAreCheckedInTheRowsItsUpsertWrote() throws Exception {
    String runId = "rating-of-no-movie";
    WarehouseLoad.startRun(warehouse.connection(), new RunStart(runId, "DirectRunner", "test", false, List.of()));
    warehouse.stage(runId, StagingTables.RATINGS,
        List.of(new Rating("ratings_20240724.csv", 1, 999_999, 1, 4.5, 1_721_779_200L, 77777779)));
    warehouse.stage(runId, StagingTables.FILE_READ,
        List.of(new SourceFileRead("ratings", "ratings_20240724.csv", 0, 1, 2, 60, 60, null)));

    WarehouseLoad.load(warehouse.connection(), runId, new QualityGates(1.0, 0));

    assertEquals(
        List.of(List.of("ratings_movie_exists", "user_id=999999, movielens_id=1, movie_id=77777779")),
        warehouse.query(
            "SELECT check_name, example FROM movies.quality_result WHERE run_id = ? AND NOT passed", runId));
    assertEquals(goodState, warehouse.checksums());
  }
}
