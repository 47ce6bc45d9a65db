package com.movielytics.schemas;

/** A record keyed by a MovieLens movie id, which the links crosswalk turns into a TMDB movie id. */
public interface LinkedToMovielens<T> {
  int movielensId();

  /** The same record with the crosswalk's TMDB id (and, where the record keeps one, IMDb id). */
  T withLink(Link link);
}
