package com.movielytics.transforms.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.Rating;
import com.movielytics.transforms.parse.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrosswalkTest {
  private static final Map<Integer, Iterable<Link>> CROSSWALK =
      Map.of(
          1, List.of(new Link("links.csv", 1, 1, "0114709", 862)),
          791, List.of(new Link("links.csv", 2, 791, "0006414", null)),
          5, List.of(new Link("links_2.csv", 1, 5, "0000005", 55), new Link("links.csv", 9, 5, "0000005", 50)),
          7, List.of(new Link("/data/links.csv", 3, 7, "0000007", 77), Link.inWarehouse(7, "0000007", 70)),
          8, List.of(Link.inWarehouse(8, "0000008", 80)),
          9, List.of(Link.inWarehouse(9, "0000009", null)));

  private static ParseResult<Rating> link(Rating rating) {
    return Crosswalk.<Rating>against(CROSSWALK).apply(rating);
  }

  private static Rating rating(int movielensId) {
    return new Rating("ratings.csv", 4, 1, movielensId, 4.0, 964982703L, null);
  }

  @Test
  void linksToTheTmdbId() {
    assertEquals(862, link(rating(1)).value().movieId());
  }

  @Test
  void aRepeatedMovielensIdKeepsTheLastFilesRecord() {
    assertEquals(55, link(rating(5)).value().movieId());
  }

  @Test
  void theRunsFilesOverrideTheWarehousesCrosswalkWhichFillsTheGaps() {
    assertEquals(77, link(rating(7)).value().movieId());
    assertEquals(80, link(rating(8)).value().movieId());
    assertEquals(
        "movieId 9 has no tmdbId in the links crosswalk (movies.movie_link)",
        link(rating(9)).reason());
  }

  @Test
  void unlinkableRecordsAreRejectedWithTheReason() {
    assertEquals(
        "movieId 791 has no tmdbId in the links crosswalk (links.csv record 2)",
        link(rating(791)).reason());
    assertEquals("movieId 4 is not in the links crosswalk", link(rating(4)).reason());
  }
}
