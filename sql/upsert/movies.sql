-- TMDB rows: for a duplicated id the last record of the last file wins.
INSERT INTO movies.movies AS m
  (movie_id, imdb_id, title, original_title, original_language, is_adult, release_date, release_year, budget,
   revenue, runtime_minutes, popularity, vote_average, vote_count, status, collection_name, source)
SELECT DISTINCT ON (movie_id)
  movie_id, imdb_id, title, original_title, original_language, is_adult, release_date,
  extract(year FROM release_date)::smallint, budget, revenue, runtime_minutes, popularity, vote_average,
  vote_count, status, collection_name, 'tmdb'
FROM movies_staging.movies_metadata
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY movie_id, source_file DESC, record_number DESC
ON CONFLICT (movie_id) DO UPDATE SET
  imdb_id = excluded.imdb_id, title = excluded.title, original_title = excluded.original_title,
  original_language = excluded.original_language, is_adult = excluded.is_adult,
  release_date = excluded.release_date, release_year = excluded.release_year, budget = excluded.budget,
  revenue = excluded.revenue, runtime_minutes = excluded.runtime_minutes, popularity = excluded.popularity,
  vote_average = excluded.vote_average, vote_count = excluded.vote_count, status = excluded.status,
  collection_name = excluded.collection_name, source = excluded.source
WHERE (m.imdb_id, m.title, m.original_title, m.original_language, m.is_adult, m.release_date, m.budget,
       m.revenue, m.runtime_minutes, m.popularity, m.vote_average, m.vote_count, m.status, m.collection_name,
       m.source)
  IS DISTINCT FROM
      (excluded.imdb_id, excluded.title, excluded.original_title, excluded.original_language, excluded.is_adult,
       excluded.release_date, excluded.budget, excluded.revenue, excluded.runtime_minutes, excluded.popularity,
       excluded.vote_average, excluded.vote_count, excluded.status, excluded.collection_name, excluded.source);

-- MovieLens rows only for movies TMDB does not describe; when MovieLens ids share a TMDB id the lowest wins.
INSERT INTO movies.movies AS m (movie_id, imdb_id, title, release_year, source)
SELECT DISTINCT ON (movie_id) movie_id, imdb_id, title, release_year, 'movielens'
FROM movies_staging.movielens_movies s
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
  AND NOT EXISTS (
    SELECT 1 FROM movies_staging.movies_metadata t
    WHERE t.run_id = s.run_id AND t.movie_id = s.movie_id)
ORDER BY movie_id, movielens_id, source_file DESC, record_number DESC
ON CONFLICT (movie_id) DO UPDATE SET
  imdb_id = excluded.imdb_id, title = excluded.title, release_year = excluded.release_year
WHERE m.source = 'movielens'
  AND (m.imdb_id, m.title, m.release_year) IS DISTINCT FROM (excluded.imdb_id, excluded.title, excluded.release_year);
