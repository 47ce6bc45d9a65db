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
SELECT movies_staging.describe('movies.movie_history', NULL,
  'every version of every movie (type 2): a corrected title, budget, release date or any other column, or a movie '
  'gone from the source under --fullRefresh, closes the current version; movies.movies holds the current ones');
SELECT movies_staging.describe('movies.movie_history', 'movie_id', 'the TMDB id');
SELECT movies_staging.describe('movies.movie_history', 'imdb_id', 'the IMDb id, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'title', 'the title, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'original_title', 'the original title, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'original_language', 'ISO 639-1 code, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'is_adult', 'TMDB''s adult flag, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'release_date', 'the release date, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'release_year', 'the release year, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'budget',
  'budget in nominal dollars; NULL where unknown, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'revenue',
  'revenue in nominal dollars; NULL where unknown, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'runtime_minutes', 'runtime, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'popularity', 'TMDB popularity, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'vote_average', 'TMDB vote average, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'vote_count', 'TMDB vote count, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'status', 'release status, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'collection_name',
  'the collection (franchise), as of this version');
SELECT movies_staging.describe('movies.movie_history', 'source',
  'tmdb or movielens: where the row came from, as of this version');
SELECT movies_staging.describe('movies.movie_history', 'valid_from',
  'when the load that made this version ran (its transaction''s start)');
SELECT movies_staging.describe('movies.movie_history', 'valid_to',
  'when a later load replaced or closed it; NULL for the current version');
SELECT movies_staging.describe('movies.movie_history', 'run_id', 'the run that made this version (movies.etl_run)');
