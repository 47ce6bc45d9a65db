-- Rows a run has staged so far, per staging table: its own partitions' insert counts from PostgreSQL's
-- statistics, so no table is scanned, whatever its size (a staging write shows here a second after it commits,
-- or up to 10 s after when its writer then goes idle); and whether the final load holds the warehouse lock
-- (sql/run/lock_warehouse.sql), which only the run holding the run slot can take. The note of each staged batch
-- (staged_batch) is not a row staged. Parameter: the run id.
SELECT left(s.relname, length(s.relname) - length(p.run) - 2) AS staging_table,
       s.n_tup_ins AS rows_staged,
       EXISTS (SELECT 1
               FROM pg_locks l
               WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                 AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtext('movielytics.warehouse')::bigint)
         AS final_load
FROM pg_stat_user_tables s, (SELECT ?::text AS run) p
WHERE s.schemaname = 'movies_staging'
  AND right(s.relname, length(p.run) + 2) = '__' || p.run
  AND s.relname <> 'staged_batch__' || p.run
ORDER BY 1
