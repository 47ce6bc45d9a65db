INSERT INTO movies_staging.links (run_id, source_file, record_number, movielens_id, imdb_id, movie_id)
VALUES (?, ?, ?, ?, ?, ?)
