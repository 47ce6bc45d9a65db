package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of links.csv. {@code imdbId} keeps its leading zeros as text; {@code tmdbId} is null when the source
 * leaves it blank (MovieLens knows no TMDB movie for it). A link the warehouse already holds has record number 0
 * ({@link #inWarehouse}): file records count from 1.
 */
@DefaultCoder(LinkCoder.class)
public record Link(
    String sourceFile, long recordNumber, int movielensId, @Nullable String imdbId, @Nullable Integer tmdbId)
    implements Serializable {
  public static final String WAREHOUSE = "movies.movie_link";

  public static Link inWarehouse(int movielensId, @Nullable String imdbId, @Nullable Integer tmdbId) {
    return new Link(WAREHOUSE, 0, movielensId, imdbId, tmdbId);
  }

  public boolean fromWarehouse() {
    return recordNumber == 0;
  }

  /** Where the link comes from, for messages: a file record or the warehouse. */
  public String origin() {
    return fromWarehouse() ? sourceFile : sourceFile + " record " + recordNumber;
  }
}
