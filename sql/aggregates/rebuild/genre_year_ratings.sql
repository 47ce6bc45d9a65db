-- Rebuilt from the movie-years and user-years, its key built after (WarehouseLoad). Distinct raters per genre
-- would take a (genre, year, user) group per rating's genre; instead users of a year with the same set of genres
-- are counted together, and each set counts its users once per genre in it.
TRUNCATE movies_staging.genre_year_ratings;
INSERT INTO movies_staging.genre_year_ratings (genre_id, "year", movies, ratings, rating_sum, raters)
WITH genre_sets AS (
  SELECT "year", genre_mask, count(*) AS users FROM movies_staging.user_year_genres GROUP BY "year", genre_mask
), raters AS (
  SELECT b.genre_id, s."year", sum(s.users) AS raters
  FROM genre_sets s JOIN run_genre_bits b ON s.genre_mask & (1::bigint << b.bit) <> 0
  GROUP BY b.genre_id, s."year"
), per_genre AS (
  SELECT mg.genre_id, y."year", count(*) AS movies, sum(y.ratings) AS ratings, sum(y.rating_sum) AS rating_sum
  FROM movies_staging.movie_year_ratings y JOIN movies.movie_genre mg ON mg.movie_id = y.movie_id
  GROUP BY mg.genre_id, y."year"
)
SELECT genre_id, "year", movies, ratings, rating_sum, raters FROM per_genre JOIN raters USING (genre_id, "year");
