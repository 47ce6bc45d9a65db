INSERT INTO movies_staging.movies_metadata
  (run_id, source_file, record_number, movie_id, imdb_id, title, original_title, original_language, is_adult,
   release_date, budget, revenue, runtime_minutes, popularity, vote_average, vote_count, status, collection_name,
   genre_ids, genre_names)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
