-- Type-2 history of movies.movies, kept like sql/upsert/tag_history.sql: a version whose movie changed (a
-- corrected title, budget, release date or any other column) or is gone (only a --fullRefresh removes movies) is
-- closed, and every movie without a current version gets one. A rerun or a byte-identical file makes none.
UPDATE movies.movie_history h SET valid_to = now()
WHERE h.valid_to IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM movies.movies m
    WHERE m.movie_id = h.movie_id
      AND (m.imdb_id, m.title, m.original_title, m.original_language, m.is_adult, m.release_date,
           m.release_year, m.budget, m.revenue, m.runtime_minutes, m.popularity, m.vote_average, m.vote_count,
           m.status, m.collection_name, m.source)
          IS NOT DISTINCT FROM
          (h.imdb_id, h.title, h.original_title, h.original_language, h.is_adult, h.release_date,
           h.release_year, h.budget, h.revenue, h.runtime_minutes, h.popularity, h.vote_average, h.vote_count,
           h.status, h.collection_name, h.source));

INSERT INTO movies.movie_history
  (movie_id, imdb_id, title, original_title, original_language, is_adult, release_date, release_year, budget,
   revenue, runtime_minutes, popularity, vote_average, vote_count, status, collection_name, source, valid_from,
   valid_to, run_id)
SELECT m.movie_id, m.imdb_id, m.title, m.original_title, m.original_language, m.is_adult, m.release_date,
       m.release_year, m.budget, m.revenue, m.runtime_minutes, m.popularity, m.vote_average, m.vote_count,
       m.status, m.collection_name, m.source, now(), NULL, current_setting('movielytics.run_id')
FROM movies.movies m
WHERE NOT EXISTS (SELECT 1 FROM movies.movie_history h WHERE h.movie_id = m.movie_id AND h.valid_to IS NULL);
