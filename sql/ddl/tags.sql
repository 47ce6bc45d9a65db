CREATE TABLE IF NOT EXISTS movies.tags (
  user_id      integer NOT NULL,
  movielens_id integer NOT NULL,
  tag          text NOT NULL,
  movie_id     integer,
  tagged_at    timestamptz NOT NULL,
  tagged_date  date NOT NULL,
  PRIMARY KEY (user_id, movielens_id, tag)
);
