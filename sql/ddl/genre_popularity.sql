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
COMMENT ON TABLE movies.genre_popularity IS
  'per genre and year of rating: how much and how well its movies were rated';
COMMENT ON COLUMN movies.genre_popularity.genre_id IS 'the genre (movies.genre)';
COMMENT ON COLUMN movies.genre_popularity.genre_name IS 'the genre''s name';
COMMENT ON COLUMN movies.genre_popularity."year" IS 'the calendar year (UTC) the ratings were given';
COMMENT ON COLUMN movies.genre_popularity.movies IS 'movies of the genre rated that year';
COMMENT ON COLUMN movies.genre_popularity.ratings IS 'ratings of the genre''s movies given that year';
COMMENT ON COLUMN movies.genre_popularity.distinct_raters IS 'users who rated a movie of the genre that year';
COMMENT ON COLUMN movies.genre_popularity.avg_rating IS 'mean of those ratings';
COMMENT ON COLUMN movies.genre_popularity.share_of_ratings IS
  'ratings / all ratings given that year; a movie counts in each of its genres, so shares add up to more than 1';
