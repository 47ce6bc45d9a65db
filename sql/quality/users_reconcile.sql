-- table: movies.users
-- The users dimension adds up to the facts: its ratings and tags counts sum to the rows of movies.ratings and
-- movies.tags.
SELECT dim.ratings AS users_ratings, facts.ratings, dim.tags AS users_tags, facts.tags
FROM (SELECT coalesce(sum(ratings_count), 0) AS ratings, coalesce(sum(tags_count), 0) AS tags
      FROM movies.users) dim
CROSS JOIN (SELECT (SELECT count(*) FROM movies.ratings) AS ratings,
                   (SELECT count(*) FROM movies.tags) AS tags) facts
WHERE (dim.ratings, dim.tags) <> (facts.ratings, facts.tags);
