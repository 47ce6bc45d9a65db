-- Rebuilt from movies.ratings, its key built after (WarehouseLoad).
TRUNCATE movies_staging.movie_rating_counts;
INSERT INTO movies_staging.movie_rating_counts (movie_id, rating, ratings, first_rated_at, last_rated_at)
SELECT movie_id, rating, count(*), min(rated_at), max(rated_at)
FROM movies.ratings
WHERE movie_id IS NOT NULL
GROUP BY movie_id, rating;
