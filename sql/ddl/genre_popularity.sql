-- Genre popularity over the years, refreshed in the load's transaction for the years the run touched
-- (sql/marts/genre_popularity.sql).
CREATE TABLE IF NOT EXISTS movies.genre_popularity (
  genre_id         integer NOT NULL,
  genre_name       text NOT NULL,
  "year"           smallint NOT NULL,
  movies           integer NOT NULL,
  ratings          integer NOT NULL,
  distinct_raters  integer NOT NULL,
  avg_rating       numeric(4,3) NOT NULL,
  share_of_ratings numeric(5,4) NOT NULL,
  PRIMARY KEY (genre_id, "year")
);
SELECT movies_staging.describe('movies.genre_popularity', NULL,
  'per genre and year of rating: how much and how well its movies were rated');
SELECT movies_staging.describe('movies.genre_popularity', 'genre_id', 'the genre (movies.genre)');
SELECT movies_staging.describe('movies.genre_popularity', 'genre_name', 'the genre''s name');
SELECT movies_staging.describe('movies.genre_popularity', 'year', 'the calendar year (UTC) the ratings were given');
SELECT movies_staging.describe('movies.genre_popularity', 'movies', 'movies of the genre rated that year');
SELECT movies_staging.describe('movies.genre_popularity', 'ratings',
  'ratings of the genre''s movies given that year');
SELECT movies_staging.describe('movies.genre_popularity', 'distinct_raters',
  'users who rated a movie of the genre that year');
SELECT movies_staging.describe('movies.genre_popularity', 'avg_rating', 'mean of those ratings');
SELECT movies_staging.describe('movies.genre_popularity', 'share_of_ratings',
  'ratings / all ratings given that year; a movie counts in each of its genres, so shares add up to more than 1');
