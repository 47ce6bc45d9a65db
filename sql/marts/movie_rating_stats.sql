-- The per-movie analysis mart, refreshed for the movies the run touched (sql/run/note_touched.sql): the others'
-- ratings and tags are unchanged. Ratings are summarised from movies_staging.movie_rating_counts (at most ten rows
-- a movie) rather than from movies.ratings. days_since_last_rating counts to the newest rating in the warehouse:
-- the refreshed rows are written with it, and the others updated where it moved their figure.
-- A user rates a MovieLens id once, so a movie's ratings come from distinct users except where the crosswalk maps
-- several MovieLens ids to it: only those few movies are counted distinctly, through ratings_movie_id (as an array,
-- since the planner cannot tell how few they are), which spares a sort of every rating.
-- The mean is the float8 quotient of an exact sum, as avg() over float8 gives it; the deviation is exact (numeric)
-- until rounded. The sums are added up in float8, where counts and counts times half steps (or their squares) are
-- exact below 2^53, and then taken as numeric at the scale the numeric sums had: numeric sums made this step take
-- 1.7-1.8 s in a 10 M delta, where float8 sums take 1.2-1.4 s. Genome relevances have 17 digits, whose float8 sum
-- depends on the order rows are read in: they are averaged in numeric, so that every runner's load gives the same
-- figure, and only for the movies whose scores the run may have changed (run_scored_movies); the other touched
-- movies keep theirs. Tags are likewise counted only for the movies whose tags the run may have changed
-- (run_tagged_movies): a delta of ratings touches four in five movies, whose 0.3 M tags took 0.2-0.3 s to count
-- again.
CREATE TEMPORARY TABLE run_movie_rating_stats ON COMMIT DROP AS
WITH rated AS (
  SELECT c.movie_id, sum(c.ratings::float8)::bigint AS ratings_count,
         round(sum(c.ratings * c.rating::float8)::numeric, 1) AS rating_sum,
         round(sum(c.ratings * (c.rating * c.rating)::float8)::numeric, 2) AS rating_square_sum,
         min(c.rating) AS min_rating, max(c.rating) AS max_rating, min(c.first_rated_at) AS first_rated_at,
         max(c.last_rated_at) AS last_rated_at
  FROM movies_staging.movie_rating_counts c JOIN run_touched_movies t ON t.movie_id = c.movie_id
  GROUP BY c.movie_id
), repeated AS (
  SELECT r.movie_id, count(*) - count(DISTINCT r.user_id) AS repeats
  FROM movies.ratings r
  WHERE r.movie_id = ANY (ARRAY(
    SELECT l.movie_id FROM movies.movie_link l JOIN run_touched_movies t ON t.movie_id = l.movie_id
    GROUP BY l.movie_id HAVING count(*) > 1))
  GROUP BY r.movie_id
), tagged AS (
  SELECT g.movie_id, count(*) AS tags_count
  FROM movies.tags g JOIN run_tagged_movies t ON t.movie_id = g.movie_id
  GROUP BY g.movie_id
  UNION ALL
  SELECT s.movie_id, s.tags_count
  FROM movies.movie_rating_stats s JOIN run_touched_movies t ON t.movie_id = s.movie_id
  WHERE s.tags_count > 0 AND NOT EXISTS (SELECT 1 FROM run_tagged_movies x WHERE x.movie_id = s.movie_id)
), scored AS (
  SELECT g.movie_id, avg(g.relevance::numeric) AS avg_genome_relevance
  FROM movies.genome_score g JOIN run_scored_movies t ON t.movie_id = g.movie_id
  GROUP BY g.movie_id
  UNION ALL
  SELECT s.movie_id, s.avg_genome_relevance
  FROM movies.movie_rating_stats s JOIN run_touched_movies t ON t.movie_id = s.movie_id
  WHERE s.avg_genome_relevance IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM run_scored_movies x WHERE x.movie_id = s.movie_id)
)
SELECT movie_id, coalesce(ratings_count, 0) AS ratings_count,
       coalesce(ratings_count, 0) - coalesce(repeats, 0) AS distinct_users,
       rating_sum::float8 / ratings_count AS avg_rating, min_rating, max_rating,
       sqrt((ratings_count * rating_square_sum - rating_sum * rating_sum) / (ratings_count * ratings_count))
         AS stddev_rating,
       first_rated_at, last_rated_at, coalesce(tags_count, 0) AS tags_count, avg_genome_relevance
FROM rated FULL JOIN tagged USING (movie_id) FULL JOIN scored USING (movie_id)
LEFT JOIN repeated USING (movie_id);

DELETE FROM movies.movie_rating_stats s USING run_touched_movies t WHERE s.movie_id = t.movie_id;

CREATE TEMPORARY TABLE run_newest_rating ON COMMIT DROP AS
SELECT greatest((SELECT max(last_rated_at) FROM movies.movie_rating_stats),
                (SELECT max(last_rated_at) FROM run_movie_rating_stats)) AS rated_at;

INSERT INTO movies.movie_rating_stats
  (movie_id, ratings_count, distinct_users, avg_rating, min_rating, max_rating, stddev_rating, first_rated_at,
   last_rated_at, days_since_last_rating, tags_count, avg_genome_relevance)
SELECT movie_id, ratings_count, distinct_users, avg_rating, min_rating, max_rating, stddev_rating, first_rated_at,
       last_rated_at, extract(day FROM newest.rated_at - last_rated_at)::integer, tags_count, avg_genome_relevance
FROM run_movie_rating_stats CROSS JOIN run_newest_rating newest;

UPDATE movies.movie_rating_stats s
SET days_since_last_rating = extract(day FROM newest.rated_at - s.last_rated_at)::integer
FROM run_newest_rating newest
WHERE s.days_since_last_rating IS DISTINCT FROM extract(day FROM newest.rated_at - s.last_rated_at)::integer;
