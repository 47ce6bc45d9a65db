INSERT INTO movies.movie_link AS l (movielens_id, movie_id, imdb_id)
SELECT DISTINCT ON (movielens_id) movielens_id, movie_id, imdb_id
FROM movies_staging.links
WHERE run_id = current_setting('movielytics.run_id')
ORDER BY movielens_id, source_file DESC, record_number DESC
ON CONFLICT (movielens_id) DO UPDATE SET movie_id = excluded.movie_id, imdb_id = excluded.imdb_id
WHERE (l.movie_id, l.imdb_id) IS DISTINCT FROM (excluded.movie_id, excluded.imdb_id);
