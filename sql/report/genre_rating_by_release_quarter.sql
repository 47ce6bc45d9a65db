-- How are genres rated by the quarter their movies were released in? The average rating per release quarter (over
-- all years) of the six genres with the most ratings.
WITH top_genres AS (
  SELECT genre_name FROM movies.genre_rating_by_quarter GROUP BY genre_name ORDER BY sum(ratings) DESC, genre_name
  LIMIT 6
)
SELECT q.genre_name, q.release_quarter,
       round(sum(q.average_rating * q.ratings) / sum(q.ratings), 2) AS average_rating,
       sum(q.ratings) AS ratings
FROM movies.genre_rating_by_quarter q JOIN top_genres USING (genre_name)
WHERE q.release_quarter IS NOT NULL
GROUP BY q.genre_name, q.release_quarter
ORDER BY q.genre_name, q.release_quarter
