package com.movielytics.schemas;

/** The raw inputs the pipeline knows, each with the name used in staging, quarantine and run summaries. */
public enum Source {
  MOVIES_METADATA("movies_metadata", true),
  MOVIELENS_MOVIES("movielens_movies", true),
  LINKS("links", false),
  RATINGS("ratings", true),
  TAGS("tags", false),
  GENOME_TAGS("genome_tags", false),
  GENOME_SCORES("genome_scores", false),
  CPI("cpi", false);

  private final String id;
  private final boolean core;

  Source(String id, boolean core) {
    this.id = id;
    this.core = core;
  }

  /** Lower-case name as stored in {@code movies.quarantine.source} and the run summary. */
  public String id() {
    return id;
  }

  /** A run needs at least one file of a source that brings movies or ratings; the rest are optional. */
  public boolean isCore() {
    return core;
  }
}
