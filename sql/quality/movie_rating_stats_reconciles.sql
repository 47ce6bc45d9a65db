-- table: movies.movie_rating_stats
-- The mart's counts add up to the facts: its ratings and tags counts sum to the rows of movies.ratings and
-- movies.tags (every row has a movie: ratings_movie_id_not_null, tags_movie_id_not_null).
SELECT mart.ratings AS mart_ratings, facts.ratings, mart.tags AS mart_tags, facts.tags
FROM (SELECT coalesce(sum(ratings_count), 0) AS ratings, coalesce(sum(tags_count), 0) AS tags
      FROM movies.movie_rating_stats) mart
CROSS JOIN run_fact_rows facts -- counted once for the load (sql/run/count_facts.sql)
WHERE (mart.ratings, mart.tags) <> (facts.ratings, facts.tags);
