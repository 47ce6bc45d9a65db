-- Which movies rate best once the number of votes counts? The top 15 of movies.top_rated_movies (at least 50
-- ratings, ranked by the IMDb weighted rating).
SELECT rank, title, release_year, ratings_count, avg_rating, weighted_rating
FROM movies.top_rated_movies
ORDER BY rank, movie_id
LIMIT 15
