-- For the load transaction only: sorts of a run's rows (DISTINCT ON the key, the source counts) and key builds
-- stay in memory at 10 M ratings instead of spilling about 1 GB to disk.
SET LOCAL work_mem = '1GB';
SET LOCAL maintenance_work_mem = '1GB';
