-- One statement per batch of rows (StageRows): parameter 1 is the run, then one array per column, typed as
-- StagingTables declares it: numbers arrive in binary, the other columns as text cast here.
INSERT INTO movies_staging.cpi (run_id, source_file, record_number, series_id, "month", value)
SELECT ?, source_file, record_number, series_id, "month"::date, value::numeric(12,3)
FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
  AS batch(source_file, record_number, series_id, "month", value)
