-- Rebuilt from movies.ratings, its key built after (WarehouseLoad).
TRUNCATE movies_staging.user_year_genres;
INSERT INTO movies_staging.user_year_genres (user_id, "year", genre_mask)
SELECT r.user_id, d."year", bit_or(m.genre_mask)
FROM movies.ratings r
JOIN movies."date" d ON d."date" = r.rated_date
JOIN run_movie_genre_masks m ON m.movie_id = r.movie_id
GROUP BY r.user_id, d."year";
