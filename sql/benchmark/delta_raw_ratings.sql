-- The plain-SQL delta baseline, step 1: a temporary table for COPY of the day's file.
CREATE TEMPORARY TABLE delta_ratings (user_id text, movie_id text, rating text, rated_at_epoch text);
