-- A bit per genre in genre_id order, and each movie's genres as a mask of those bits: user_year_genres keeps a
-- user-year's genres as one bigint (genre_popularity_genres_fit: at most 63 genres). The numbering holds while
-- the genres do: a run that may change them rebuilds the aggregates (sql/aggregates/rebuilt.sql).
CREATE TEMPORARY TABLE run_genre_bits ON COMMIT DROP AS
SELECT genre_id, (row_number() OVER (ORDER BY genre_id) - 1)::integer AS bit FROM movies.genre;

CREATE TEMPORARY TABLE run_movie_genre_masks ON COMMIT DROP AS
SELECT mg.movie_id, bit_or(1::bigint << b.bit) AS genre_mask
FROM movies.movie_genre mg JOIN run_genre_bits b USING (genre_id)
GROUP BY mg.movie_id;
ANALYZE run_movie_genre_masks;
