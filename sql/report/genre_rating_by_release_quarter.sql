-- How are genres rated by the quarter their movies were released in? The average rating per release quarter (over
-- all years) of the six genres with the most ratings. Read from the per-movie mart (movie_rating_stats: each
-- movie's ratings and their mean), which gives the averages of movies.genre_rating_by_quarter without reading
-- every rating: at 10 M ratings a second instead of minutes.
WITH rated AS MATERIALIZED (
  SELECT g.genre_name, extract(quarter FROM m.release_date)::smallint AS release_quarter, s.ratings_count,
         s.avg_rating
  FROM movies.movie_rating_stats s
  JOIN movies.movies m USING (movie_id)
  JOIN movies.movie_genre mg USING (movie_id)
  JOIN movies.genre g USING (genre_id)
  WHERE s.ratings_count > 0
), top_genres AS (
  SELECT genre_name FROM rated GROUP BY genre_name ORDER BY sum(ratings_count) DESC, genre_name LIMIT 6
)
SELECT r.genre_name, r.release_quarter,
       round(sum(r.avg_rating * r.ratings_count) / sum(r.ratings_count), 2) AS average_rating,
       sum(r.ratings_count) AS ratings
FROM rated r JOIN top_genres USING (genre_name)
WHERE r.release_quarter IS NOT NULL
GROUP BY r.genre_name, r.release_quarter
ORDER BY r.genre_name, r.release_quarter
