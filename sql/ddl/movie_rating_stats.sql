-- The per-movie analysis mart, refreshed in the load's transaction for the movies the run touched
-- (sql/marts/movie_rating_stats.sql).
CREATE TABLE IF NOT EXISTS movies.movie_rating_stats (
  movie_id               integer PRIMARY KEY,
  ratings_count          integer NOT NULL,
  distinct_users         integer NOT NULL,
  avg_rating             numeric(7,6),
  min_rating             numeric(2,1),
  max_rating             numeric(2,1),
  stddev_rating          numeric(7,6),
  first_rated_at         timestamptz,
  last_rated_at          timestamptz,
  days_since_last_rating integer,
  tags_count             integer NOT NULL,
  avg_genome_relevance   numeric(7,6)
);
-- Added with the genome sources: a warehouse made before them gains the column.
ALTER TABLE movies.movie_rating_stats ADD COLUMN IF NOT EXISTS avg_genome_relevance numeric(7,6);
SELECT movies_staging.describe('movies.movie_rating_stats', NULL,
  'per movie: its ratings summarised, its tags counted and its genome relevance averaged; one row for every movie '
  'with a rating, a tag or a genome score');
SELECT movies_staging.describe('movies.movie_rating_stats', 'movie_id', 'the TMDB id (movies.movies)');
SELECT movies_staging.describe('movies.movie_rating_stats', 'ratings_count', 'rows of movies.ratings for the movie');
SELECT movies_staging.describe('movies.movie_rating_stats', 'distinct_users',
  'users who rated it (less than ratings_count where two MovieLens ids share the TMDB id)');
SELECT movies_staging.describe('movies.movie_rating_stats', 'avg_rating', 'mean rating; NULL without ratings');
SELECT movies_staging.describe('movies.movie_rating_stats', 'min_rating', 'lowest rating');
SELECT movies_staging.describe('movies.movie_rating_stats', 'max_rating', 'highest rating');
SELECT movies_staging.describe('movies.movie_rating_stats', 'stddev_rating',
  'population standard deviation of the ratings');
SELECT movies_staging.describe('movies.movie_rating_stats', 'first_rated_at', 'earliest rating');
SELECT movies_staging.describe('movies.movie_rating_stats', 'last_rated_at', 'latest rating');
SELECT movies_staging.describe('movies.movie_rating_stats', 'days_since_last_rating',
  'whole days from last_rated_at to the newest rating in the warehouse (not to today, so a rerun reproduces it)');
SELECT movies_staging.describe('movies.movie_rating_stats', 'tags_count', 'rows of movies.tags for the movie');
SELECT movies_staging.describe('movies.movie_rating_stats', 'avg_genome_relevance',
  'mean relevance of the movie''s genome scores (movies.genome_score) over every genome tag; NULL without scores');
