-- table: movies.movies
-- references: release_date -> movies.date(date)
SELECT m.movie_id, m.release_date FROM movies.movies m
WHERE m.release_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM movies."date" d WHERE d."date" = m.release_date);
