CREATE TABLE IF NOT EXISTS movies.tags (
  user_id      integer NOT NULL,
  movielens_id integer NOT NULL,
  tag          text NOT NULL,
  movie_id     integer,
  tagged_at    timestamptz NOT NULL,
  tagged_date  date NOT NULL,
  PRIMARY KEY (user_id, movielens_id, tag)
);
COMMENT ON TABLE movies.tags IS
  'the tags fact: a free-text tag a user gave a movie (MovieLens tags); tag_history keeps earlier versions';
COMMENT ON COLUMN movies.tags.movie_id IS 'the TMDB id (movies.movies) through the links crosswalk';
COMMENT ON COLUMN movies.tags.tagged_date IS 'the UTC date of tagged_at (movies.date)';
