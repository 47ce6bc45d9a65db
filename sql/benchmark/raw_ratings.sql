-- The plain-SQL baseline, step 1: PostgreSQL's own bulk path. COPY loads the ratings file into text columns of an
-- unlogged table (COPY has no quarantine: a bad line would abort it, so it gets the file without them).
DROP TABLE IF EXISTS raw_ratings;
CREATE UNLOGGED TABLE raw_ratings (user_id text, movie_id text, rating text, rated_at_epoch text);
