-- The benchmark's baseline: PostgreSQL's own bulk load of a ratings file into text columns (COPY has no quarantine:
-- typed columns would abort on the first bad row), the ceiling for any loader.
DROP TABLE IF EXISTS copy_baseline_ratings;
CREATE UNLOGGED TABLE copy_baseline_ratings (user_id text, movie_id text, rating text, rated_at_epoch text);
