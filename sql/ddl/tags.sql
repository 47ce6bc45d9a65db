CREATE TABLE IF NOT EXISTS movies.tags (
  user_id      integer NOT NULL,
  movielens_id integer NOT NULL,
  tag          text NOT NULL,
  movie_id     integer,
  tagged_at    timestamptz NOT NULL,
  tagged_date  date NOT NULL,
  PRIMARY KEY (user_id, movielens_id, tag)
);
SELECT movies_staging.describe('movies.tags', NULL,
  'the tags fact: a free-text tag a user gave a movie (MovieLens tags); tag_history keeps earlier versions');
SELECT movies_staging.describe('movies.tags', 'movie_id', 'the TMDB id (movies.movies) through the links crosswalk');
SELECT movies_staging.describe('movies.tags', 'tagged_date', 'the UTC date of tagged_at (movies.date)');
