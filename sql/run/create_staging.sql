-- The run's own staging partitions (sql/ddl/staging_partitions.sql).
SELECT movies_staging.create_run_partitions(?)
