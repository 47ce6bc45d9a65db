-- The crosswalk, last record per MovieLens id. Ratings, tags and genome scores that earlier runs loaded for an id
-- whose TMDB id this run changes follow it, as they would in one load of every file (the run's own were linked
-- while parsed).
WITH changed AS (
  INSERT INTO movies.movie_link AS l (movielens_id, movie_id, imdb_id)
  SELECT DISTINCT ON (movielens_id) movielens_id, movie_id, imdb_id
  FROM movies_staging.links
  WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  ORDER BY movielens_id, source_file DESC, record_number DESC
  ON CONFLICT (movielens_id) DO UPDATE SET movie_id = excluded.movie_id, imdb_id = excluded.imdb_id
  WHERE (l.movie_id, l.imdb_id) IS DISTINCT FROM (excluded.movie_id, excluded.imdb_id)
  RETURNING movielens_id, movie_id
), ratings_relinked AS (
  UPDATE movies.ratings r SET movie_id = c.movie_id
  FROM changed c
  WHERE r.movielens_id = c.movielens_id AND c.movie_id IS NOT NULL AND r.movie_id <> c.movie_id
), tags_relinked AS (
  UPDATE movies.tags t SET movie_id = c.movie_id
  FROM changed c
  WHERE t.movielens_id = c.movielens_id AND c.movie_id IS NOT NULL AND t.movie_id <> c.movie_id
)
UPDATE movies.genome_score g SET movie_id = c.movie_id
FROM changed c
WHERE g.movielens_id = c.movielens_id AND c.movie_id IS NOT NULL AND g.movie_id <> c.movie_id;
