-- For the load transaction only: sorts of a run's rows (DISTINCT ON the key, the source counts) and key builds
-- stay in memory at 10 M ratings instead of spilling about 1 GB to disk. A delta's few thousand keys are looked up
-- through the indexes rather than by hashing a whole fact table: with the default random_page_cost (4, for
-- spinning disks) the planner hashed all 10 M ratings to find the rows 100 k staged ratings replace (4.1 s, where
-- the lookups take 0.7 s).
SET LOCAL work_mem = '1GB';
SET LOCAL maintenance_work_mem = '1GB';
SET LOCAL random_page_cost = 1.1;
-- The load's transaction id, for the checks that scan only the rows the load wrote (xmin, sql/quality/): a
-- setting read once per statement is parallel safe where pg_current_xact_id() is not, so those scans run on
-- parallel workers: the three scans of 10 M ratings in a delta took 1.0 s instead of 2.4-3.2 s.
SELECT set_config('movielytics.load_xid', pg_current_xact_id()::xid::text, true);
