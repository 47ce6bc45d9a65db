-- Adjusted by the changed movie-years and user-years, each taken as it is now less as it was
-- (run_movie_years_before, run_user_years_before): a movie counts in a genre-year while it has ratings there, a
-- user while the user-year's genres include the genre.
INSERT INTO movies_staging.genre_year_ratings AS g (genre_id, "year", movies, ratings, rating_sum, raters)
SELECT mg.genre_id, b."year", sum((coalesce(y.ratings, 0) > 0)::integer - (b.ratings > 0)::integer),
       sum(coalesce(y.ratings, 0) - b.ratings), sum(coalesce(y.rating_sum, 0) - b.rating_sum), 0
FROM run_movie_years_before b
LEFT JOIN movies_staging.movie_year_ratings y ON y.movie_id = b.movie_id AND y."year" = b."year"
JOIN movies.movie_genre mg ON mg.movie_id = b.movie_id
GROUP BY mg.genre_id, b."year"
ON CONFLICT (genre_id, "year") DO UPDATE SET
  movies = g.movies + excluded.movies, ratings = g.ratings + excluded.ratings,
  rating_sum = g.rating_sum + excluded.rating_sum;

INSERT INTO movies_staging.genre_year_ratings AS g (genre_id, "year", movies, ratings, rating_sum, raters)
SELECT bits.genre_id, b."year", 0, 0, 0,
       sum((coalesce(u.genre_mask, 0) & (1::bigint << bits.bit) <> 0)::integer
           - (b.genre_mask & (1::bigint << bits.bit) <> 0)::integer)
FROM run_user_years_before b
LEFT JOIN movies_staging.user_year_genres u ON u.user_id = b.user_id AND u."year" = b."year"
CROSS JOIN run_genre_bits bits
WHERE u.genre_mask IS DISTINCT FROM b.genre_mask
GROUP BY bits.genre_id, b."year"
HAVING sum((coalesce(u.genre_mask, 0) & (1::bigint << bits.bit) <> 0)::integer
           - (b.genre_mask & (1::bigint << bits.bit) <> 0)::integer) <> 0
ON CONFLICT (genre_id, "year") DO UPDATE SET raters = g.raters + excluded.raters;

DELETE FROM movies_staging.genre_year_ratings
WHERE movies = 0 AND ratings = 0 AND raters = 0
  AND "year" IN (SELECT "year" FROM run_movie_years_before UNION SELECT "year" FROM run_user_years_before);
