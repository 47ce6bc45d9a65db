-- table: movies.genre
-- The UNIQUE constraint is case-sensitive; 'Science Fiction' and 'science fiction' would still split a genre.
SELECT lower(genre_name) AS genre_name, count(*) AS genres FROM movies.genre
GROUP BY lower(genre_name) HAVING count(*) > 1;
