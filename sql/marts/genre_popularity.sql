-- Genre popularity per year of rating, rebuilt for the years the run touched (sql/run/note_touched.sql): a year
-- is rebuilt whole, since its share of all ratings and its distinct raters do not add up from parts.
DELETE FROM movies.genre_popularity p USING run_touched_years t WHERE p."year" = t."year";

INSERT INTO movies.genre_popularity
  (genre_id, genre_name, "year", movies, ratings, distinct_raters, avg_rating, share_of_ratings)
WITH rated AS (
  SELECT r.movie_id, r.user_id, r.rating, extract(year FROM r.rated_date)::smallint AS "year"
  FROM movies.ratings r
  WHERE r.rated_date >= make_date((SELECT min("year") FROM run_touched_years), 1, 1)
    AND extract(year FROM r.rated_date)::smallint IN (SELECT "year" FROM run_touched_years)
), per_year AS (
  SELECT "year", count(*) AS ratings FROM rated GROUP BY "year"
)
SELECT g.genre_id, g.genre_name, rated."year", count(DISTINCT rated.movie_id), count(*),
       count(DISTINCT rated.user_id), avg(rated.rating), count(*)::numeric / per_year.ratings
FROM rated
JOIN movies.movie_genre mg ON mg.movie_id = rated.movie_id
JOIN movies.genre g ON g.genre_id = mg.genre_id
JOIN per_year ON per_year."year" = rated."year"
GROUP BY g.genre_id, g.genre_name, rated."year", per_year.ratings;
