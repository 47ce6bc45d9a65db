package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One MovieLens rating. {@code movieId} is the TMDB id, resolved through the links crosswalk. */
@DefaultCoder(RatingCoder.class)
public record Rating(
    String sourceFile,
    long recordNumber,
    int userId,
    int movielensId,
    double rating,
    long ratedAtEpochSecond,
    @Nullable Integer movieId)
    implements Serializable, LinkedToMovielens<Rating> {

  @Override
  public Rating withLink(Link link) {
    return new Rating(sourceFile, recordNumber, userId, movielensId, rating, ratedAtEpochSecond, link.tmdbId());
  }
}
