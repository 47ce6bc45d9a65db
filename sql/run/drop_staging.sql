DELETE FROM movies_staging.movies_metadata WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.movielens_movies WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.links WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.ratings WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.tags WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.cpi WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.quarantine WHERE run_id = current_setting('movielytics.run_id');
DELETE FROM movies_staging.file_read WHERE run_id = current_setting('movielytics.run_id');
