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
-- Half of a delta's rows re-rate rows in place (50 k of 10 M in a 1% delta): a tenth of each page kept free lets a
-- re-rating stay on its page without new entries in either index (a HOT update).
SELECT movies_staging.set_fillfactor('movies.ratings', 90);
SELECT movies_staging.describe('movies.ratings', NULL,
  'the ratings fact: the latest rating of a movie by a user (MovieLens ratings; a re-rating replaces the row)');
SELECT movies_staging.describe('movies.ratings', 'movielens_id', 'the MovieLens movie id as rated');
SELECT movies_staging.describe('movies.ratings', 'movie_id',
  'the TMDB id (movies.movies) through the links crosswalk');
SELECT movies_staging.describe('movies.ratings', 'rating', '0.5 to 5.0 stars in steps of 0.5');
SELECT movies_staging.describe('movies.ratings', 'rated_date', 'the UTC date of rated_at (movies.date)');
