-- Drops the run's staging partitions (sql/ddl/staging_partitions.sql).
SELECT movies_staging.drop_run_partitions(current_setting('movielytics.run_id'));
