-- The highest-rated movies with a minimum number of votes, by the IMDb weighted (Bayesian) rating:
--   weighted_rating = v / (v + m) * R + m / (v + m) * C
-- v: the movie's ratings, R: their mean, m: the minimum votes to be listed, C: the mean of every rating in the
-- warehouse. A movie with few votes is pulled towards C, so a single 5.0 does not top the list.
-- movies.top_rated(m) ranks with any minimum; the view uses m = 50.
CREATE OR REPLACE FUNCTION movies.top_rated(min_votes integer)
RETURNS TABLE (rank bigint, movie_id integer, title text, release_year smallint, ratings_count integer,
               avg_rating numeric, weighted_rating numeric)
LANGUAGE sql STABLE AS $$
  WITH overall AS (SELECT avg(rating) AS mean FROM movies.ratings)
  SELECT rank() OVER (ORDER BY w.weighted_rating DESC), w.movie_id, m.title, m.release_year, w.ratings_count,
         w.avg_rating, round(w.weighted_rating, 6)
  FROM (
    SELECT s.movie_id, s.ratings_count, s.avg_rating,
           s.ratings_count::numeric / (s.ratings_count + min_votes) * s.avg_rating
             + min_votes::numeric / (s.ratings_count + min_votes) * overall.mean AS weighted_rating
    FROM movies.movie_rating_stats s CROSS JOIN overall
    WHERE s.ratings_count >= min_votes
  ) w
  JOIN movies.movies m ON m.movie_id = w.movie_id
  ORDER BY 1, w.movie_id
$$;
COMMENT ON FUNCTION movies.top_rated(integer) IS
  'movies with at least min_votes ratings, ranked by the IMDb weighted rating (see movies.top_rated_movies)';

CREATE OR REPLACE VIEW movies.top_rated_movies AS SELECT * FROM movies.top_rated(50);
COMMENT ON VIEW movies.top_rated_movies IS
  'movies with at least 50 ratings ranked by the IMDb weighted rating v/(v+m)*R + m/(v+m)*C, m = 50, C the mean '
  'of all ratings; movies.top_rated(m) for another minimum';
