-- Genre popularity per year of rating, rebuilt for the years the run touched (sql/run/note_touched.sql): a year
-- is rebuilt whole, since its share of all ratings and its distinct raters do not add up from parts.
-- Distinct raters per genre would take a (genre, year, user) group per rating's genre (about 16 M groups at 10 M
-- ratings); instead each user-year gets the set of genres it rated as a bitmask (a bit per genre, hence
-- genre_popularity_genres_fit), users with the same set are counted together, and each set counts its users once
-- per genre in it. Sums in float8 are exact for ratings in half steps and cheaper than numeric.
DELETE FROM movies.genre_popularity p USING run_touched_years t WHERE p."year" = t."year";

INSERT INTO movies.genre_popularity
  (genre_id, genre_name, "year", movies, ratings, distinct_raters, avg_rating, share_of_ratings)
WITH genre_bit AS (
  SELECT genre_id, (row_number() OVER (ORDER BY genre_id) - 1)::integer AS bit FROM movies.genre
), movie_genres AS (
  SELECT mg.movie_id, bit_or(1::bigint << b.bit) AS mask
  FROM movies.movie_genre mg JOIN genre_bit b USING (genre_id)
  GROUP BY mg.movie_id
), rated AS NOT MATERIALIZED (
  SELECT r.movie_id, r.user_id, r.rating::float8 AS rating, d."year"
  FROM movies.ratings r JOIN movies."date" d ON d."date" = r.rated_date
  WHERE d."year" IN (SELECT "year" FROM run_touched_years)
), by_movie AS (
  SELECT movie_id, "year", count(*) AS ratings, sum(rating) AS rating_sum FROM rated GROUP BY movie_id, "year"
), genre_sets AS (
  SELECT "year", mask, count(*) AS users
  FROM (
    SELECT rated.user_id, rated."year", bit_or(m.mask) AS mask
    FROM rated JOIN movie_genres m USING (movie_id)
    GROUP BY rated.user_id, rated."year"
  ) user_years
  GROUP BY "year", mask
), raters AS (
  SELECT b.genre_id, s."year", sum(s.users) AS raters
  FROM genre_sets s JOIN genre_bit b ON s.mask & (1::bigint << b.bit) <> 0
  GROUP BY b.genre_id, s."year"
), per_genre AS (
  SELECT mg.genre_id, b."year", count(*) AS movies, sum(b.ratings) AS ratings, sum(b.rating_sum) AS rating_sum
  FROM by_movie b JOIN movies.movie_genre mg ON mg.movie_id = b.movie_id
  GROUP BY mg.genre_id, b."year"
), per_year AS (
  SELECT "year", sum(ratings) AS ratings FROM by_movie GROUP BY "year"
)
SELECT g.genre_id, g.genre_name, p."year", p.movies, p.ratings, r.raters, p.rating_sum / p.ratings,
       p.ratings / y.ratings
FROM per_genre p
JOIN raters r USING (genre_id, "year")
JOIN per_year y USING ("year")
JOIN movies.genre g USING (genre_id);
