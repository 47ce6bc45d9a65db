INSERT INTO movies_staging.ratings
  (run_id, source_file, record_number, user_id, movielens_id, movie_id, rating, rated_at_epoch)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
