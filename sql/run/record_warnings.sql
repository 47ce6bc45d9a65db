-- Files the run read that held no records (empty, or a header only): they load, and the run says so.
UPDATE movies.etl_run
SET warnings = coalesce(
  (SELECT jsonb_agg(jsonb_build_object('file', source_file, 'warning', 'holds no records (empty, or a header only)')
                    ORDER BY source_file)
   FROM (SELECT source_file FROM movies_staging.file_read
         WHERE run_id = (SELECT current_setting('movielytics.run_id'))
         GROUP BY source_file
         HAVING sum(records) = 0 AND count(refusal) = 0) empty), '[]')
WHERE run_id = (SELECT current_setting('movielytics.run_id'));
