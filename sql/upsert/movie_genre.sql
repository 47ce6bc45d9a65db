-- Each movie restated in this run gets exactly the genres of the source its row now comes from.
WITH tmdb AS (
  SELECT DISTINCT ON (movie_id) movie_id, genre_ids
  FROM movies_staging.movies_metadata
  WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  ORDER BY movie_id, source_file DESC, record_number DESC
), movielens AS (
  SELECT DISTINCT ON (s.movie_id) s.movie_id, s.genre_ids
  FROM movies_staging.movielens_movies s
  JOIN movies.movies m ON m.movie_id = s.movie_id AND m.source = 'movielens'
  WHERE s.run_id = (SELECT current_setting('movielytics.run_id'))
  ORDER BY s.movie_id, s.movielens_id, s.source_file DESC, s.record_number DESC
), restated AS (
  SELECT movie_id, genre_ids FROM tmdb
  UNION ALL
  SELECT movie_id, genre_ids FROM movielens
), pairs AS (
  SELECT DISTINCT r.movie_id, g.genre_id
  FROM restated r CROSS JOIN LATERAL unnest(r.genre_ids) AS g(genre_id)
), removed AS (
  DELETE FROM movies.movie_genre mg
  USING restated r
  WHERE mg.movie_id = r.movie_id
    AND NOT EXISTS (SELECT 1 FROM pairs p WHERE p.movie_id = mg.movie_id AND p.genre_id = mg.genre_id)
)
INSERT INTO movies.movie_genre (movie_id, genre_id)
SELECT movie_id, genre_id FROM pairs
ON CONFLICT DO NOTHING;
