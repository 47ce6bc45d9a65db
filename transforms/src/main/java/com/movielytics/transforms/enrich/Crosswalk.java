package com.movielytics.transforms.enrich;

import com.movielytics.schemas.Link;
import com.movielytics.schemas.LinkedToMovielens;
import com.movielytics.transforms.parse.ParseResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

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

  /**
   * Links records through {@code crosswalk}: each MovieLens id is resolved to its last record once, so that a
   * record costs one lookup in a plain map.
   */
  public static <T extends LinkedToMovielens<T>> Function<T, ParseResult<T>> against(
      Map<Integer, Iterable<Link>> crosswalk) {
    Map<Integer, Link> last = new HashMap<>();
    for (Map.Entry<Integer, Iterable<Link>> candidates : crosswalk.entrySet()) {
      for (Link candidate : candidates.getValue()) {
        last.merge(candidates.getKey(), candidate, (a, b) -> LAST_RECORD.compare(b, a) > 0 ? b : a);
      }
    }
    return record -> link(record, last.get(record.movielensId()));
  }

  private static <T extends LinkedToMovielens<T>> ParseResult<T> link(T record, @Nullable Link link) {
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
