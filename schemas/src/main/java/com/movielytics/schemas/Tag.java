package com.movielytics.schemas;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One MovieLens tag. {@code movieId} is the TMDB id, resolved through the links crosswalk. */
@DefaultCoder(TagCoder.class)
public record Tag(
    String sourceFile,
    long recordNumber,
    int userId,
    int movielensId,
    String tag,
    long taggedAtEpochSecond,
    @Nullable Integer movieId)
    implements Serializable, LinkedToMovielens<Tag> {

  @Override
  public Tag withLink(Link link) {
    return new Tag(sourceFile, recordNumber, userId, movielensId, tag, taggedAtEpochSecond, link.tmdbId());
  }
}
