package com.movielytics.transforms.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.Rating;
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

  private static Rating rating(int movielensId) {
    return new Rating("ratings.csv", 4, 1, movielensId, 4.0, 964982703L, null);
  }

  @Test
  void linksToTheTmdbId() {
    assertEquals(862, Crosswalk.link(rating(1), CROSSWALK).value().movieId());
  }

  @Test
  void aRepeatedMovielensIdKeepsTheLastFilesRecord() {
    assertEquals(55, Crosswalk.link(rating(5), CROSSWALK).value().movieId());
  }

  @Test
  void theRunsFilesOverrideTheWarehousesCrosswalkWhichFillsTheGaps() {
    assertEquals(77, Crosswalk.link(rating(7), CROSSWALK).value().movieId());
    assertEquals(80, Crosswalk.link(rating(8), CROSSWALK).value().movieId());
    assertEquals(
        "movieId 9 has no tmdbId in the links crosswalk (movies.movie_link)",
        Crosswalk.link(rating(9), CROSSWALK).reason());
  }

  @Test
  void unlinkableRecordsAreRejectedWithTheReason() {
    assertEquals(
        "movieId 791 has no tmdbId in the links crosswalk (links.csv record 2)",
        Crosswalk.link(rating(791), CROSSWALK).reason());
    assertEquals("movieId 4 is not in the links crosswalk", Crosswalk.link(rating(4), CROSSWALK).reason());
  }
}
