INSERT INTO movies_staging.cpi (run_id, source_file, record_number, series_id, "month", value)
VALUES (?, ?, ?, ?, ?, ?)
