-- Run after each system has loaded, untimed: the vacuum and analyze of its new rows, which autovacuum would
-- otherwise run during the next system's load, and a checkpoint of what it wrote. Each system then starts on a
-- quiet server, as the first one does. One statement at a time: VACUUM cannot run in a transaction block.
VACUUM (ANALYZE);
CHECKPOINT;
