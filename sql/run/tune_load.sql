-- For the load transaction only: sorts of a run's rows (DISTINCT ON the key, the source counts) and key builds
-- stay in memory at 10 M ratings instead of spilling about 1 GB to disk. A delta's few thousand keys are looked up
-- through the indexes rather than by hashing a whole fact table: with the default random_page_cost (4, for
-- spinning disks) the planner hashed all 10 M ratings to find the rows 100 k staged ratings replace (4.1 s, where
-- the lookups take 0.7 s).
SET LOCAL work_mem = '1GB';
SET LOCAL maintenance_work_mem = '1GB';
SET LOCAL random_page_cost = 1.1;
