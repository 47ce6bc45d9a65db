-- table: movies.users
-- The users dimension adds up to the facts: its ratings and tags counts sum to the rows of movies.ratings and
-- movies.tags.
SELECT dim.ratings AS users_ratings, facts.ratings, dim.tags AS users_tags, facts.tags
FROM (SELECT coalesce(sum(ratings_count), 0) AS ratings, coalesce(sum(tags_count), 0) AS tags
      FROM movies.users) dim
CROSS JOIN run_fact_rows facts -- counted once for the load (sql/run/count_facts.sql)
WHERE (dim.ratings, dim.tags) <> (facts.ratings, facts.tags);
