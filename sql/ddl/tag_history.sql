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
COMMENT ON TABLE movies.tag_history IS
  'every version of every tag (type 2): a re-tag, a tag moved to another movie, or a tag gone from the source '
  'under --fullRefresh closes the current version; movies.tags holds the current ones';
COMMENT ON COLUMN movies.tag_history.user_id IS 'the MovieLens userId';
COMMENT ON COLUMN movies.tag_history.movielens_id IS 'the MovieLens movieId';
COMMENT ON COLUMN movies.tag_history.tag IS 'the tag text';
COMMENT ON COLUMN movies.tag_history.movie_id IS 'the TMDB id, through the crosswalk';
COMMENT ON COLUMN movies.tag_history.tagged_at IS 'when the user applied the tag, as of this version';
COMMENT ON COLUMN movies.tag_history.tagged_date IS 'tagged_at''s date (UTC)';
COMMENT ON COLUMN movies.tag_history.valid_from IS
  'when the load that made this version ran (its transaction''s start)';
COMMENT ON COLUMN movies.tag_history.valid_to IS
  'when a later load replaced or closed it; NULL for the current version';
COMMENT ON COLUMN movies.tag_history.run_id IS 'the run that made this version (movies.etl_run)';
