-- Files the run read that held no records (empty, or a header only): they load, and the run says so.
UPDATE movies.etl_run
SET warnings = coalesce(
  (SELECT jsonb_agg(jsonb_build_object('file', source_file, 'warning', 'holds no records (empty, or a header only)')
                    ORDER BY source_file)
   FROM movies_staging.file_read
   WHERE run_id = current_setting('movielytics.run_id') AND records = 0 AND refusal IS NULL), '[]')
WHERE run_id = current_setting('movielytics.run_id');
