-- Genres named in this run. TMDB's own name wins over a conformed MovieLens one, also across runs: a MovieLens
-- name only fills a genre the warehouse does not have yet.
INSERT INTO movies.genre AS g (genre_id, genre_name)
SELECT DISTINCT ON (genre_id) genre_id, genre_name
FROM (
  SELECT unnest(genre_ids) AS genre_id, unnest(genre_names) AS genre_name
  FROM movies_staging.movies_metadata WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) named
ORDER BY genre_id, genre_name
ON CONFLICT (genre_id) DO UPDATE SET genre_name = excluded.genre_name
WHERE g.genre_name IS DISTINCT FROM excluded.genre_name;

INSERT INTO movies.genre (genre_id, genre_name)
SELECT DISTINCT ON (genre_id) genre_id, genre_name
FROM (
  SELECT unnest(genre_ids) AS genre_id, unnest(genre_names) AS genre_name
  FROM movies_staging.movielens_movies WHERE run_id = (SELECT current_setting('movielytics.run_id'))
) named
ORDER BY genre_id, genre_name
ON CONFLICT (genre_id) DO NOTHING;
