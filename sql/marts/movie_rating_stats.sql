-- The per-movie analysis mart, refreshed for the movies the run touched (sql/run/note_touched.sql): the others'
-- ratings and tags are unchanged. days_since_last_rating counts to the newest rating in the warehouse, so it is
-- brought up to date on every row whose figure moved (one small update when the newest rating moves).
-- A user rates a MovieLens id once, so a movie's ratings come from distinct users except where the crosswalk maps
-- several MovieLens ids to it: only those movies are counted distinctly, which spares a sort of every rating.
-- Means and deviations in float8 (exact sums for half steps) are cheaper than numeric. Genome relevances have
-- 17 digits, whose float8 sum depends on the order rows are read in: they are averaged in numeric, so that every
-- runner's load gives the same figure.
DELETE FROM movies.movie_rating_stats s USING run_touched_movies t WHERE s.movie_id = t.movie_id;

INSERT INTO movies.movie_rating_stats
  (movie_id, ratings_count, distinct_users, avg_rating, min_rating, max_rating, stddev_rating, first_rated_at,
   last_rated_at, tags_count, avg_genome_relevance)
WITH rated AS (
  SELECT r.movie_id, count(*) AS ratings_count, avg(r.rating::float8) AS avg_rating, min(r.rating) AS min_rating,
         max(r.rating) AS max_rating, stddev_pop(r.rating::float8) AS stddev_rating,
         min(r.rated_at) AS first_rated_at, max(r.rated_at) AS last_rated_at
  FROM movies.ratings r JOIN run_touched_movies t ON t.movie_id = r.movie_id
  GROUP BY r.movie_id
), repeated AS (
  SELECT r.movie_id, count(*) - count(DISTINCT r.user_id) AS repeats
  FROM movies.ratings r
  WHERE r.movie_id IN (
    SELECT l.movie_id FROM movies.movie_link l JOIN run_touched_movies t ON t.movie_id = l.movie_id
    GROUP BY l.movie_id HAVING count(*) > 1)
  GROUP BY r.movie_id
), tagged AS (
  SELECT g.movie_id, count(*) AS tags_count
  FROM movies.tags g JOIN run_touched_movies t ON t.movie_id = g.movie_id
  GROUP BY g.movie_id
), scored AS (
  SELECT g.movie_id, avg(g.relevance::numeric) AS avg_genome_relevance
  FROM movies.genome_score g JOIN run_touched_movies t ON t.movie_id = g.movie_id
  GROUP BY g.movie_id
)
SELECT movie_id, coalesce(ratings_count, 0), coalesce(ratings_count, 0) - coalesce(repeats, 0), avg_rating,
       min_rating, max_rating, stddev_rating, first_rated_at, last_rated_at, coalesce(tags_count, 0),
       avg_genome_relevance
FROM rated FULL JOIN tagged USING (movie_id) FULL JOIN scored USING (movie_id)
LEFT JOIN repeated USING (movie_id);

WITH newest AS (SELECT max(last_rated_at) AS rated_at FROM movies.movie_rating_stats)
UPDATE movies.movie_rating_stats s
SET days_since_last_rating = extract(day FROM newest.rated_at - s.last_rated_at)::integer
FROM newest
WHERE s.days_since_last_rating IS DISTINCT FROM extract(day FROM newest.rated_at - s.last_rated_at)::integer;
