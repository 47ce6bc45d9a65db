-- What the run can change in the marts and the users dimension, noted before the upserts overwrite old values:
-- the movies, users and rating years of its staged ratings and tags, the movies of its staged genome scores, the
-- movies a changed crosswalk moves ratings, tags and scores from and to, and the years of the ratings its
-- re-ratings replace. A run that stages movies or links may move ratings between genres, so it touches every
-- year. The marts are refreshed for these keys only (sql/marts/*.sql); a first load or a full refresh touches
-- everything it loads. The rows that staged ratings are about to replace are kept (run_replaced_ratings): with
-- the rows that replace them, they are what the run changed in movies.ratings
-- (sql/aggregates/adjust/rating_changes.sql). The rows that replace them are kept by the upsert itself
-- (run_upserted_ratings, filled by sql/upsert/ratings.sql), so that the users dimension and the rating
-- aggregates need not look every staged key up again (1.0-1.5 s each at 10 M).
-- Each source is reduced on its own (DISTINCT: a hash of a few thousand keys) before the small sets are united,
-- and years are taken from distinct days: at 10 M staged ratings, a union or a date computation per row costs
-- seconds.
CREATE TEMPORARY TABLE run_replaced_ratings ON COMMIT DROP AS
SELECT DISTINCT r.user_id, r.movielens_id, r.movie_id, r.rating, r.rated_at, r.rated_date
FROM movies_staging.ratings s JOIN movies.ratings r USING (user_id, movielens_id)
WHERE s.run_id = (SELECT current_setting('movielytics.run_id'));

CREATE TEMPORARY TABLE run_upserted_ratings ON COMMIT DROP AS
SELECT user_id, movielens_id, movie_id, rating, rated_at, rated_date FROM movies.ratings WITH NO DATA;

-- Whether the run stages movies or links: they may move ratings between movies and genres.
CREATE TEMPORARY TABLE run_restages_movies ON COMMIT DROP AS
SELECT EXISTS (
  SELECT 1 FROM movies_staging.movies_metadata WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  UNION ALL
  SELECT 1 FROM movies_staging.movielens_movies WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  UNION ALL
  SELECT 1 FROM movies_staging.links WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) AS restaged;

-- The movies a changed crosswalk moves ratings, tags and scores from and to.
CREATE TEMPORARY TABLE run_relinked_movies ON COMMIT DROP AS
SELECT s.movie_id FROM movies_staging.links s
WHERE s.run_id = (SELECT current_setting('movielytics.run_id')) AND s.movie_id IS NOT NULL
UNION
SELECT l.movie_id FROM movies_staging.links s JOIN movies.movie_link l ON l.movielens_id = s.movielens_id
WHERE s.run_id = (SELECT current_setting('movielytics.run_id')) AND l.movie_id IS NOT NULL;

-- Genome relevance is averaged again, and tags counted again, only for these movies
-- (sql/marts/movie_rating_stats.sql).
CREATE TEMPORARY TABLE run_scored_movies ON COMMIT DROP AS
SELECT movie_id FROM (
  SELECT DISTINCT movie_id FROM movies_staging.genome_scores
  WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) scored
UNION
SELECT movie_id FROM run_relinked_movies;

CREATE TEMPORARY TABLE run_tagged_movies ON COMMIT DROP AS
SELECT movie_id FROM (
  SELECT DISTINCT movie_id FROM movies_staging.tags WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) tagged
UNION
SELECT movie_id FROM run_relinked_movies;

CREATE TEMPORARY TABLE run_touched_movies ON COMMIT DROP AS
SELECT movie_id FROM (
  SELECT DISTINCT movie_id FROM movies_staging.ratings WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) rated
UNION
SELECT movie_id FROM run_tagged_movies
UNION
SELECT movie_id FROM run_scored_movies;

CREATE TEMPORARY TABLE run_touched_users ON COMMIT DROP AS
SELECT user_id FROM (
  SELECT DISTINCT user_id FROM movies_staging.ratings WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) rated
UNION
SELECT user_id FROM (
  SELECT DISTINCT user_id FROM movies_staging.tags WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) tagged;

-- The UTC days of the run's staged ratings, for the touched years below and the date dimension
-- (sql/upsert/date.sql): one scan of the staged ratings for both (2.4 s at 10 M).
CREATE TEMPORARY TABLE run_rated_days ON COMMIT DROP AS
SELECT DISTINCT (rated_at_epoch / 86400)::integer AS rated_day
FROM movies_staging.ratings WHERE run_id = (SELECT current_setting('movielytics.run_id'));

CREATE TEMPORARY TABLE run_touched_years ON COMMIT DROP AS
SELECT DISTINCT extract(year FROM date '1970-01-01' + rated_day)::smallint AS "year"
FROM run_rated_days
UNION
SELECT extract(year FROM rated_date)::smallint FROM run_replaced_ratings
UNION
SELECT p."year" FROM movies.genre_popularity p WHERE (SELECT restaged FROM run_restages_movies);

-- Statistics for the planner: a delta's few hundred keys should reach ratings through its indexes, not a scan.
ANALYZE run_replaced_ratings;
ANALYZE run_scored_movies;
ANALYZE run_tagged_movies;
ANALYZE run_touched_movies;
ANALYZE run_touched_users;
ANALYZE run_touched_years;
