-- table: movies_staging.source_counts
-- Every record read is either staged (loaded or merged as a duplicate) or quarantined: nothing vanished.
SELECT source, read, staged, quarantined FROM movies_staging.source_counts
WHERE run_id = current_setting('movielytics.run_id') AND read <> staged + quarantined;
