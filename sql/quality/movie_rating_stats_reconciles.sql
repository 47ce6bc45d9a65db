-- table: movies.movie_rating_stats
-- The mart's counts add up to the facts: its ratings and tags counts sum to the rows of movies.ratings and
-- movies.tags (every row has a movie: ratings_movie_id_not_null, tags_movie_id_not_null).
SELECT mart.ratings AS mart_ratings, facts.ratings, mart.tags AS mart_tags, facts.tags
FROM (SELECT coalesce(sum(ratings_count), 0) AS ratings, coalesce(sum(tags_count), 0) AS tags
      FROM movies.movie_rating_stats) mart
CROSS JOIN (SELECT (SELECT count(*) FROM movies.ratings) AS ratings,
                   (SELECT count(*) FROM movies.tags) AS tags) facts
WHERE (mart.ratings, mart.tags) <> (facts.ratings, facts.tags);
