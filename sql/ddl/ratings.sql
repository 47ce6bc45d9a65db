-- Foreign keys are enforced by the quality checks (sql/quality), which name the offending keys.
CREATE TABLE IF NOT EXISTS movies.ratings (
  user_id      integer NOT NULL,
  movielens_id integer NOT NULL,
  movie_id     integer,
  rating       numeric(2,1) NOT NULL,
  rated_at     timestamptz NOT NULL,
  rated_date   date NOT NULL,
  PRIMARY KEY (user_id, movielens_id)
);
CREATE INDEX IF NOT EXISTS ratings_movie_id ON movies.ratings (movie_id);
