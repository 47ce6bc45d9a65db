package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.transforms.parse.ParseResult;
import java.util.Comparator;
import java.util.Map;

/**
 * Turns a MovieLens movie id into a TMDB id through the links crosswalk. A record whose movie the crosswalk does
 * not know, or knows without a tmdbId, cannot reach the movie dimension and is rejected with that reason.
 */
public final class Crosswalk {
  /**
   * A MovieLens id listed twice keeps its last record, the rule the movie_link upsert applies too; any record of
   * the run's files comes after what the warehouse already holds.
   */
  static final Comparator<Link> LAST_RECORD =
      Comparator.comparing((Link l) -> !l.fromWarehouse())
          .thenComparing(Link::sourceFile)
          .thenComparingLong(Link::recordNumber);

  private Crosswalk() {}

  public static <T extends LinkedToMovielens<T>> ParseResult<T> link(
      T record, Map<Integer, Iterable<Link>> crosswalk) {
    Link link = null;
    Iterable<Link> candidates = crosswalk.get(record.movielensId());
    if (candidates != null) {
      for (Link candidate : candidates) {
        if (link == null || LAST_RECORD.compare(candidate, link) > 0) {
          link = candidate;
        }
      }
    }
    if (link == null) {
      return ParseResult.rejected("movieId " + record.movielensId() + " is not in the links crosswalk");
    }
    if (link.tmdbId() == null) {
      return ParseResult.rejected(
          "movieId " + record.movielensId() + " has no tmdbId in the links crosswalk (" + link.origin() + ")");
    }
    return ParseResult.ok(record.withLink(link));
  }
}
