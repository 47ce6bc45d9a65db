-- Genre popularity per year of rating, rebuilt for the years the run touched (sql/run/note_touched.sql) from the
-- rating aggregates (sql/ddl/rating_aggregates.sql): a year is rebuilt whole, since its share of all ratings
-- changes with any of its ratings. The mean is the float8 quotient of an exact sum.
DELETE FROM movies.genre_popularity p USING run_touched_years t WHERE p."year" = t."year";

INSERT INTO movies.genre_popularity
  (genre_id, genre_name, "year", movies, ratings, distinct_raters, avg_rating, share_of_ratings)
WITH per_year AS (
  SELECT y."year", sum(y.ratings) AS ratings
  FROM movies_staging.movie_year_ratings y JOIN run_touched_years t ON t."year" = y."year"
  GROUP BY y."year"
)
SELECT g.genre_id, n.genre_name, g."year", g.movies, g.ratings, g.raters, g.rating_sum / g.ratings,
       g.ratings / p.ratings
FROM movies_staging.genre_year_ratings g
JOIN per_year p ON p."year" = g."year"
JOIN movies.genre n ON n.genre_id = g.genre_id;
