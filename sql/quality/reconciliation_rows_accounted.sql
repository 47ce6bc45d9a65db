-- table: movies.etl_run
-- Every record read is either staged (loaded or merged as a duplicate) or quarantined: nothing vanished. The
-- run's counts were computed once for the reject-ratio gate (sql/run/count_sources.sql).
SELECT source, read, staged, quarantined FROM run_source_counts
WHERE read <> staged + quarantined;
