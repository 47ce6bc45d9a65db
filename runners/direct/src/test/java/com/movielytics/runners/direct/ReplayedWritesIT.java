package com.movielytics.runners.direct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.pipeline.testing.TestWarehouse;
import com.movielytics.schemas.CpiObservation;
import com.movielytics.schemas.GenreRef;
import com.movielytics.schemas.Link;
import com.movielytics.schemas.MovielensMovie;
import com.movielytics.schemas.Rating;
import com.movielytics.schemas.SourceFileRead;
import com.movielytics.transforms.stage.StagingTables;
import com.movielytics.transforms.warehouse.PlannedFile;
import com.movielytics.transforms.warehouse.RunStart;
import com.movielytics.transforms.warehouse.QualityGates;
import com.movielytics.transforms.warehouse.WarehouseLoad;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runners retry bundles: a JdbcIO batch can reach staging twice, and the final step can run twice. Neither may
 * change what the warehouse holds or what the run reports.
 */
class ReplayedWritesIT {
  @TempDir Path workDir;

  @Test
  void aReplayedBatchAndAReplayedLoadCountOnce() throws Exception {
    try (TestWarehouse warehouse = TestWarehouse.start(workDir)) {
      String runId = "replay-test";
      WarehouseLoad.applySchema(warehouse.connection());
      WarehouseLoad.startRun(warehouse.connection(), new RunStart(runId, "DirectRunner", "test", false, List.of()));

      List<Rating> ratings =
          List.of(new Rating("ratings.csv", 1, 1, 1, 4.0, 964982703L, 862),
              new Rating("ratings.csv", 2, 1, 2, 3.5, 964982704L, 862),
              new Rating("ratings.csv", 3, 1, 1, 5.0, 964990000L, 862)); // a re-rating: later wins
      warehouse.stage(runId, StagingTables.RATINGS, ratings);
      // A replay cut differently from the first attempt: its batch overlaps the first, so the ratings' records
      // are counted from the staged rows themselves.
      warehouse.stage(runId, StagingTables.RATINGS, ratings.subList(0, 2));
      List<Link> links =
          List.of(new Link("links.csv", 1, 1, "0114709", 862), new Link("links.csv", 2, 2, "0114709", 862));
      warehouse.stage(runId, StagingTables.LINKS, links);
      // A replay of the same batch: noted again alike, so the links' records are counted from the batch notes.
      warehouse.stage(runId, StagingTables.LINKS, links);
      assertEquals(List.of(List.of("links", 1L, 2L, 2L), List.of("links", 1L, 2L, 2L),
              List.of("ratings", 1L, 2L, 2L), List.of("ratings", 1L, 3L, 3L)),
          warehouse.query("SELECT source, first_record, last_record, records FROM movies_staging.staged_batch "
              + "WHERE run_id = ? ORDER BY 1, 2, 3", runId));
      warehouse.stage(runId, StagingTables.CPI,
          List.of(new CpiObservation("cpi_X.csv", 1, "X", LocalDate.of(2000, 1, 1), BigDecimal.ONE)));
      // A lone TMDB id needs a movie row: a MovieLens-only movie keeps the foreign keys whole.
      warehouse.stage(runId, StagingTables.MOVIELENS_MOVIES,
          List.of(new MovielensMovie("movies.csv", 1, 1, "Toy Story", 1995, List.of(new GenreRef(16, "Animation")),
              862, "tt0114709")));
      for (SourceFileRead read : List.of(new SourceFileRead("ratings", "ratings.csv", 0, 3, 4, 90, 90, null),
          new SourceFileRead("links", "links.csv", 0, 2, 3, 60, 60, null),
          new SourceFileRead("cpi", "cpi_X.csv", 0, 1, 2, 30, 30, null),
          new SourceFileRead("movielens_movies", "movies.csv", 0, 1, 2, 40, 40, null))) {
        warehouse.stage(runId, StagingTables.FILE_READ, List.of(read, read)); // replayed too
      }

      WarehouseLoad.load(warehouse.connection(), runId, new QualityGates(0.01, 0));
      Map<String, String> checksums = warehouse.checksums();
      WarehouseLoad.load(warehouse.connection(), runId, new QualityGates(0.01, 0)); // the final step, retried

      assertEquals(Map.of("ratings", "3 2 1 0", "links", "2 2 0 0", "cpi", "1 1 0 0", "movielens_movies", "1 1 0 0"),
          warehouse.sourceCounts(runId));
      assertEquals(List.of(List.of("succeeded")),
          warehouse.query("SELECT status FROM movies.etl_run WHERE run_id = ?", runId));
      assertEquals(List.of(List.of(new BigDecimal("5.0"))),
          warehouse.query("SELECT rating FROM movies.ratings WHERE user_id = 1 AND movielens_id = 1"));
      assertEquals(2, warehouse.count("movies.ratings"));
      assertEquals(checksums, warehouse.checksums());
    }
  }

  /**
   * A reader that stopped early, whatever records it did yield: the file's bytes read fall short of its size and
   * its records of what it held. The reconciliation checks fail the run and nothing reaches the final tables.
   */
  @Test
  void aFileReadShortFailsTheReconciliationChecks() throws Exception {
    try (TestWarehouse warehouse = TestWarehouse.start(workDir)) {
      String runId = "short-read";
      WarehouseLoad.applySchema(warehouse.connection());
      PlannedFile file =
          new PlannedFile("ratings.csv", "ratings", 120, null, "sha", true, "new file", "pending", null);
      WarehouseLoad.startRun(warehouse.connection(), new RunStart(runId, "DirectRunner", "test", false, List.of(file)));
      warehouse.stage(runId, StagingTables.RATINGS,
          List.of(new Rating("ratings.csv", 1, 1, 1, 4.0, 964982703L, 862),
              new Rating("ratings.csv", 2, 1, 2, 3.5, 964982704L, 862)));
      warehouse.stage(runId, StagingTables.MOVIELENS_MOVIES,
          List.of(new MovielensMovie("movies.csv", 1, 1, "Toy Story", 1995, List.of(new GenreRef(16, "Animation")),
              862, "tt0114709")));
      warehouse.stage(runId, StagingTables.FILE_READ,
          List.of(new SourceFileRead("ratings", "ratings.csv", 0, 3, 4, 120, 80, null)));

      WarehouseLoad.load(warehouse.connection(), runId, new QualityGates(0.5, 0));

      assertEquals(List.of(List.of("failed")),
          warehouse.query("SELECT status FROM movies.etl_run WHERE run_id = ?", runId));
      assertEquals(List.of(List.of("reconciliation_files_read_whole", "source_file=ratings.csv, size_bytes=120, "
              + "bytes_read=80"), List.of("reconciliation_rows_accounted", "source=ratings, read=3, staged=2, "
              + "quarantined=0")),
          warehouse.query("SELECT check_name, example FROM movies.quality_result WHERE run_id = ? AND NOT passed "
              + "ORDER BY 1", runId));
      assertEquals(0, warehouse.count("movies.ratings"), "nothing reached the final tables");
      assertEquals(List.of(List.of("pending")),
          warehouse.query("SELECT status FROM movies.load_manifest WHERE file_uri = 'ratings.csv'"));
    }
  }
}
