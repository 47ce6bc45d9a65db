-- The users dimension: every user seen in ratings or tags, refreshed by each load for the users it staged
-- (sql/upsert/users.sql).
CREATE TABLE IF NOT EXISTS movies.users (
  user_id         integer PRIMARY KEY,
  first_active_at timestamptz NOT NULL,
  last_active_at  timestamptz NOT NULL,
  ratings_count   integer NOT NULL,
  tags_count      integer NOT NULL
);
-- A delta adjusts a third of the users in place (49 k of 150 k in a 1% delta of 10 M ratings): pages kept 30% free
-- let those updates stay on their page without a new key entry.
SELECT movies_staging.set_fillfactor('movies.users', 70);
SELECT movies_staging.describe('movies.users', NULL,
  'one row per MovieLens user seen in movies.ratings or movies.tags');
SELECT movies_staging.describe('movies.users', 'user_id', 'the MovieLens userId');
SELECT movies_staging.describe('movies.users', 'first_active_at', 'the user''s earliest rating or tag');
SELECT movies_staging.describe('movies.users', 'last_active_at', 'the user''s latest rating or tag');
SELECT movies_staging.describe('movies.users', 'ratings_count', 'rows of movies.ratings by the user');
SELECT movies_staging.describe('movies.users', 'tags_count', 'rows of movies.tags by the user');
