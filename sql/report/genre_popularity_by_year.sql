-- Which genres are rated most, year by year? The share of each year's ratings that went to the six genres with the
-- most ratings overall (a movie counts in each of its genres).
WITH top_genres AS (
  SELECT genre_id FROM movies.genre_popularity GROUP BY genre_id ORDER BY sum(ratings) DESC, genre_id LIMIT 6
)
SELECT p.genre_name, p."year", p.ratings, p.share_of_ratings
FROM movies.genre_popularity p JOIN top_genres USING (genre_id)
ORDER BY p.genre_name, p."year"
