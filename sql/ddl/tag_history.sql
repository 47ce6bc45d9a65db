-- Type-2 history of movies.tags: one row per version of a tag, written by the load that made it
-- (sql/upsert/tag_history.sql). The current version has valid_to NULL; a version is valid from valid_from up to,
-- not including, valid_to, the valid_from of the next.
-- The current table's columns (LIKE: defined once, in tags.sql), then the version's validity and run.
CREATE TABLE IF NOT EXISTS movies.tag_history (
  LIKE movies.tags,
  valid_from timestamptz NOT NULL,
  valid_to   timestamptz,
  run_id     text NOT NULL,
  PRIMARY KEY (user_id, movielens_id, tag, valid_from)
);
-- At most one current version per tag, and the lookup of the current versions.
CREATE UNIQUE INDEX IF NOT EXISTS tag_history_current
  ON movies.tag_history (user_id, movielens_id, tag) WHERE valid_to IS NULL;
SELECT movies_staging.describe('movies.tag_history', NULL,
  'every version of every tag (type 2): a re-tag, a tag moved to another movie, or a tag gone from the source '
  'under --fullRefresh closes the current version; movies.tags holds the current ones');
SELECT movies_staging.describe('movies.tag_history', 'user_id', 'the MovieLens userId');
SELECT movies_staging.describe('movies.tag_history', 'movielens_id', 'the MovieLens movieId');
SELECT movies_staging.describe('movies.tag_history', 'tag', 'the tag text');
SELECT movies_staging.describe('movies.tag_history', 'movie_id', 'the TMDB id, through the crosswalk');
SELECT movies_staging.describe('movies.tag_history', 'tagged_at',
  'when the user applied the tag, as of this version');
SELECT movies_staging.describe('movies.tag_history', 'tagged_date', 'tagged_at''s date (UTC)');
SELECT movies_staging.describe('movies.tag_history', 'valid_from',
  'when the load that made this version ran (its transaction''s start)');
SELECT movies_staging.describe('movies.tag_history', 'valid_to',
  'when a later load replaced or closed it; NULL for the current version');
SELECT movies_staging.describe('movies.tag_history', 'run_id', 'the run that made this version (movies.etl_run)');
