package com.movielytics.schemas;

/**
 * A record keyed by a MovieLens movie id that the links crosswalk turns into a TMDB movie id. The record
 * reproduces its input line for the quarantine when the crosswalk has no TMDB id for it.
 */
public interface LinkedToMovielens<T> {
  String sourceFile();

  long recordNumber();

  int movielensId();

  T withLink(Link link);

  String rawRecord();
}
