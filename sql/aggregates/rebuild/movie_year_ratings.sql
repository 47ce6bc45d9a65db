-- Rebuilt from movies.ratings, its key built after (WarehouseLoad). Years come from the date dimension: a hash
-- join is cheaper than a date computation per rating.
TRUNCATE movies_staging.movie_year_ratings;
INSERT INTO movies_staging.movie_year_ratings (movie_id, "year", ratings, rating_sum)
SELECT r.movie_id, d."year", count(*), sum(r.rating::float8)
FROM movies.ratings r JOIN movies."date" d ON d."date" = r.rated_date
WHERE r.movie_id IS NOT NULL
GROUP BY r.movie_id, d."year";
