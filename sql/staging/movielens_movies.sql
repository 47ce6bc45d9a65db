INSERT INTO movies_staging.movielens_movies
  (run_id, source_file, record_number, movielens_id, movie_id, imdb_id, title, release_year, genre_ids, genre_names)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
