-- The users dimension: every user seen in ratings or tags, refreshed by each load for the users it staged
-- (sql/upsert/users.sql).
CREATE TABLE IF NOT EXISTS movies.users (
  user_id         integer PRIMARY KEY,
  first_active_at timestamptz NOT NULL,
  last_active_at  timestamptz NOT NULL,
  ratings_count   integer NOT NULL,
  tags_count      integer NOT NULL
);
COMMENT ON TABLE movies.users IS 'one row per MovieLens user seen in movies.ratings or movies.tags';
COMMENT ON COLUMN movies.users.user_id IS 'the MovieLens userId';
COMMENT ON COLUMN movies.users.first_active_at IS 'the user''s earliest rating or tag';
COMMENT ON COLUMN movies.users.last_active_at IS 'the user''s latest rating or tag';
COMMENT ON COLUMN movies.users.ratings_count IS 'rows of movies.ratings by the user';
COMMENT ON COLUMN movies.users.tags_count IS 'rows of movies.tags by the user';
