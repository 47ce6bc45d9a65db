-- The plain-SQL baseline, step 2: typed rows into a fresh table, the latest rating per key, keys built after.
DROP TABLE IF EXISTS ratings;
CREATE TABLE ratings (
  user_id integer NOT NULL, movielens_id integer NOT NULL, rating numeric(2,1) NOT NULL,
  rated_at timestamptz NOT NULL
);
INSERT INTO ratings (user_id, movielens_id, rating, rated_at)
SELECT DISTINCT ON (user_id::int, movie_id::int) user_id::int, movie_id::int, rating::numeric(2,1),
       to_timestamp(rated_at_epoch::bigint)
FROM raw_ratings
ORDER BY user_id::int, movie_id::int, rated_at_epoch::bigint DESC;
ALTER TABLE ratings ADD PRIMARY KEY (user_id, movielens_id);
CREATE INDEX ratings_movie_id ON ratings (movielens_id);
