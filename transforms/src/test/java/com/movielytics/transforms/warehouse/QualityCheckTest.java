package com.movielytics.transforms.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.movielytics.transforms.sql.SqlFiles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QualityCheckTest {
  @Test
  void everyCheckNamesItsTable() {
    List<String> files = SqlFiles.list("quality");
    assertTrue(files.size() >= 20, "quality checks: " + files);
    for (String file : files) {
      QualityCheck check = QualityCheck.parse(file, SqlFiles.read(file));
      assertTrue(check.table().startsWith("movies"), file);
    }
  }

  /** The warehouse's relationships are its checks': each check that looks a key up in another table says which. */
  @Test
  void theChecksThatEnforceARelationshipDeclareIt() {
    Map<String, String> declared = new TreeMap<>();
    for (QualityCheck check : QualityCheck.all()) {
      check.references().ifPresent(r -> declared.put(check.name(),
          r.table() + "(" + r.column() + ") -> " + r.target() + "(" + r.targetColumn() + ")"));
    }
    assertEquals(Map.ofEntries(
        Map.entry("genome_score_movie_exists", "movies.genome_score(movie_id) -> movies.movies(movie_id)"),
        Map.entry("genome_score_tag_exists", "movies.genome_score(tag_id) -> movies.genome_tag(tag_id)"),
        Map.entry("movie_genre_genre_exists", "movies.movie_genre(genre_id) -> movies.genre(genre_id)"),
        Map.entry("movie_genre_movie_exists", "movies.movie_genre(movie_id) -> movies.movies(movie_id)"),
        Map.entry("movie_history_well_formed", "movies.movie_history(movie_id) -> movies.movies(movie_id)"),
        Map.entry("movie_link_movie_exists", "movies.movie_link(movie_id) -> movies.movies(movie_id)"),
        Map.entry("movies_release_date_exists", "movies.movies(release_date) -> movies.date(date)"),
        Map.entry("ratings_movie_exists", "movies.ratings(movie_id) -> movies.movies(movie_id)"),
        Map.entry("ratings_rated_date_exists", "movies.ratings(rated_date) -> movies.date(date)"),
        Map.entry("ratings_user_exists", "movies.ratings(user_id) -> movies.users(user_id)"),
        Map.entry("tag_history_well_formed",
            "movies.tag_history(user_id, movielens_id, tag) -> movies.tags(user_id, movielens_id, tag)"),
        Map.entry("tags_movie_exists", "movies.tags(movie_id) -> movies.movies(movie_id)"),
        Map.entry("tags_tagged_date_exists", "movies.tags(tagged_date) -> movies.date(date)"),
        Map.entry("tags_user_exists", "movies.tags(user_id) -> movies.users(user_id)")), declared);
  }

  @Test
  void aReferenceThatIsNotColumnToTableColumnIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> QualityCheck.parse("quality/x.sql", "-- table: movies.x\n-- references: movies.y\nSELECT 1"));
  }

  @Test
  void requiresLimitsACheckToRunsThatReadTheSource() {
    QualityCheck tags = QualityCheck.parse("quality/tags_not_empty.sql", SqlFiles.read("quality/tags_not_empty.sql"));
    assertEquals("tags_not_empty", tags.name());
    assertEquals("movies.tags", tags.table());
    assertFalse(tags.appliesTo(Set.of("ratings", "movies_metadata")));
    assertTrue(tags.appliesTo(Set.of("tags")));
    QualityCheck range =
        QualityCheck.parse("quality/ratings_rating_in_range.sql", SqlFiles.read("quality/ratings_rating_in_range.sql"));
    // Ratings are written by a run that reads ratings, or links that re-point them.
    assertFalse(range.appliesTo(Set.of("genome_scores")));
    assertTrue(range.appliesTo(Set.of("links")));
    QualityCheck accounted =
        QualityCheck.parse(
            "quality/reconciliation_rows_accounted.sql", SqlFiles.read("quality/reconciliation_rows_accounted.sql"));
    assertTrue(accounted.appliesTo(Set.of()));
  }

  @Test
  void aWarningIsRecordedButDoesNotFailTheRun() {
    QualityCheck fresh =
        QualityCheck.parse("quality/ratings_fresh.sql", SqlFiles.read("quality/ratings_fresh.sql"));
    assertEquals(QualityCheck.WARNING, fresh.severity());
    QualityCheck range =
        QualityCheck.parse("quality/ratings_rating_in_range.sql", SqlFiles.read("quality/ratings_rating_in_range.sql"));
    assertEquals(QualityCheck.ERROR, range.severity());
    assertFalse(new QualityResult("ratings_fresh", "movies.ratings", QualityCheck.WARNING, 1, "x").failsRun());
    assertTrue(new QualityResult("ratings_rating_in_range", "movies.ratings", QualityCheck.ERROR, 1, "x").failsRun());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> QualityCheck.parse("quality/x.sql", "-- table: movies.x\n-- severity: fatal\nSELECT 1"));
    assertEquals("quality/x.sql: severity 'fatal' is neither 'error' nor 'warning'", e.getMessage());
  }

  @Test
  void rejectRatioGateNamesTheSourceAndTheShare() {
    List<SourceCount> counts =
        List.of(new SourceCount("ratings", 1, 1000, 980, 0, 20), new SourceCount("tags", 1, 100, 100, 0, 0));
    assertNull(WarehouseLoad.rejectRatioProblem(counts, 0.05, "r1"));
    assertEquals(
        "reject ratio above --maxRejectRatio=0.01: ratings quarantined 20 of 1000 records (2.00%); final tables "
            + "left unchanged, see movies.quarantine where run_id = 'r1'",
        WarehouseLoad.rejectRatioProblem(counts, 0.01, "r1"));
  }
}
