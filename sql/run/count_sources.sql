-- The run's counts per source, computed once per load: the reject-ratio gate and the reconciliation check read
-- them (each count is a sort of every staged row).
CREATE TEMPORARY TABLE run_source_counts ON COMMIT DROP AS
SELECT source, files, read, staged, loaded, duplicates, quarantined
FROM movies_staging.source_counts
WHERE run_id = current_setting('movielytics.run_id');
