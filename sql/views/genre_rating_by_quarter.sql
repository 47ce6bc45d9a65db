-- Average rating and number of ratings per genre, by the release year and quarter of the rated movies.
CREATE OR REPLACE VIEW movies.genre_rating_by_quarter AS
SELECT g.genre_name,
       m.release_year,
       d.quarter AS release_quarter,
       round(avg(r.rating), 2) AS average_rating,
       count(*) AS ratings
FROM movies.ratings r
JOIN movies.movie_genre mg ON mg.movie_id = r.movie_id
JOIN movies.genre g ON g.genre_id = mg.genre_id
JOIN movies.movies m ON m.movie_id = r.movie_id
LEFT JOIN movies."date" d ON d."date" = m.release_date
GROUP BY g.genre_name, m.release_year, d.quarter;
