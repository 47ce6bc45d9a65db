-- Counts and sums add up (float8 sums of half steps are exact). The changed movie-years are kept as they were,
-- with the run's change to each (run_movie_years_before), for sql/aggregates/adjust/genre_year_ratings.sql.
CREATE TEMPORARY TABLE run_movie_years_before ON COMMIT DROP AS
SELECT ch.movie_id, ch."year", coalesce(y.ratings, 0) AS ratings, coalesce(y.rating_sum, 0) AS rating_sum,
       ch.ratings_change, ch.rating_sum_change
FROM (
  SELECT movie_id, "year", sum(sign) AS ratings_change, sum(sign * rating::float8) AS rating_sum_change
  FROM run_rating_changes
  WHERE movie_id IS NOT NULL
  GROUP BY movie_id, "year"
) ch
LEFT JOIN movies_staging.movie_year_ratings y ON y.movie_id = ch.movie_id AND y."year" = ch."year";
ANALYZE run_movie_years_before;

INSERT INTO movies_staging.movie_year_ratings AS y (movie_id, "year", ratings, rating_sum)
SELECT movie_id, "year", ratings_change, rating_sum_change
FROM run_movie_years_before
ON CONFLICT (movie_id, "year") DO UPDATE SET
  ratings = y.ratings + excluded.ratings, rating_sum = y.rating_sum + excluded.rating_sum;

DELETE FROM movies_staging.movie_year_ratings y
USING run_movie_years_before b
WHERE y.movie_id = b.movie_id AND y."year" = b."year" AND y.ratings = 0;
