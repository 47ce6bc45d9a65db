package com.movielytics.schemas;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of MovieLens movies.csv: the title without its year, the year, and the genres conformed to TMDB's.
 * {@code movieId} and {@code imdbId} are filled from the links crosswalk.
 */
@DefaultCoder(MovielensMovieCoder.class)
public record MovielensMovie(
    String sourceFile,
    long recordNumber,
    int movielensId,
    String title,
    @Nullable Integer releaseYear,
    List<GenreRef> genres,
    @Nullable Integer movieId,
    @Nullable String imdbId)
    implements Serializable, LinkedToMovielens<MovielensMovie> {

  @Override
  public MovielensMovie withLink(Link link) {
    return new MovielensMovie(
        sourceFile, recordNumber, movielensId, title, releaseYear, genres,
        link.tmdbId(), link.imdbId() == null ? null : "tt" + link.imdbId());
  }
}
