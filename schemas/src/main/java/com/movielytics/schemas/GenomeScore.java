package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of the MovieLens genome-scores.csv: how strongly a genome tag applies to a movie, from 0 to 1.
 * {@code movieId} is the TMDB id, resolved through the links crosswalk.
 */
@DefaultCoder(GenomeScoreCoder.class)
public record GenomeScore(
    String sourceFile, long recordNumber, int movielensId, int tagId, double relevance, @Nullable Integer movieId)
    implements Serializable, LinkedToMovielens<GenomeScore> {

  @Override
  public GenomeScore withLink(Link link) {
    return new GenomeScore(sourceFile, recordNumber, movielensId, tagId, relevance, link.tmdbId());
  }
}
