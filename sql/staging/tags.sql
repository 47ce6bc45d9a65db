INSERT INTO movies_staging.tags
  (run_id, source_file, record_number, user_id, movielens_id, movie_id, tag, tagged_at_epoch)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
