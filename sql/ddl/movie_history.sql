-- Type-2 history of movies.movies: one row per version of a movie, written by the load that made it
-- (sql/upsert/movie_history.sql). The current version has valid_to NULL; a version is valid from valid_from up to,
-- not including, valid_to, the valid_from of the next.
-- The current table's columns (LIKE: defined once, in movies.sql), then the version's validity and run.
CREATE TABLE IF NOT EXISTS movies.movie_history (
  LIKE movies.movies,
  valid_from timestamptz NOT NULL,
  valid_to   timestamptz,
  run_id     text NOT NULL,
  PRIMARY KEY (movie_id, valid_from)
);
-- At most one current version per movie, and the lookup of the current versions.
CREATE UNIQUE INDEX IF NOT EXISTS movie_history_current ON movies.movie_history (movie_id) WHERE valid_to IS NULL;
COMMENT ON TABLE movies.movie_history IS
  'every version of every movie (type 2): a corrected title, budget, release date or any other column, or a movie '
  'gone from the source under --fullRefresh, closes the current version; movies.movies holds the current ones';
COMMENT ON COLUMN movies.movie_history.movie_id IS 'the TMDB id';
COMMENT ON COLUMN movies.movie_history.imdb_id IS 'the IMDb id, as of this version';
COMMENT ON COLUMN movies.movie_history.title IS 'the title, as of this version';
COMMENT ON COLUMN movies.movie_history.original_title IS 'the original title, as of this version';
COMMENT ON COLUMN movies.movie_history.original_language IS 'ISO 639-1 code, as of this version';
COMMENT ON COLUMN movies.movie_history.is_adult IS 'TMDB''s adult flag, as of this version';
COMMENT ON COLUMN movies.movie_history.release_date IS 'the release date, as of this version';
COMMENT ON COLUMN movies.movie_history.release_year IS 'the release year, as of this version';
COMMENT ON COLUMN movies.movie_history.budget IS 'budget in nominal dollars; NULL where unknown, as of this version';
COMMENT ON COLUMN movies.movie_history.revenue IS
  'revenue in nominal dollars; NULL where unknown, as of this version';
COMMENT ON COLUMN movies.movie_history.runtime_minutes IS 'runtime, as of this version';
COMMENT ON COLUMN movies.movie_history.popularity IS 'TMDB popularity, as of this version';
COMMENT ON COLUMN movies.movie_history.vote_average IS 'TMDB vote average, as of this version';
COMMENT ON COLUMN movies.movie_history.vote_count IS 'TMDB vote count, as of this version';
COMMENT ON COLUMN movies.movie_history.status IS 'release status, as of this version';
COMMENT ON COLUMN movies.movie_history.collection_name IS 'the collection (franchise), as of this version';
COMMENT ON COLUMN movies.movie_history.source IS 'tmdb or movielens: where the row came from, as of this version';
COMMENT ON COLUMN movies.movie_history.valid_from IS
  'when the load that made this version ran (its transaction''s start)';
COMMENT ON COLUMN movies.movie_history.valid_to IS
  'when a later load replaced or closed it; NULL for the current version';
COMMENT ON COLUMN movies.movie_history.run_id IS 'the run that made this version (movies.etl_run)';
