-- table: movies.ratings
-- requires: ratings
-- severity: warning
-- The newest rating in the warehouse is at most --maxDataAgeHours old (0, the default: no limit), so a feed
-- that stopped delivering new ratings is noticed. Read from movie_rating_stats, refreshed earlier in the load.
SELECT newest_rating, hours_old, current_setting('movielytics.max_data_age_hours')::integer AS max_data_age_hours
FROM (
  SELECT max(last_rated_at) AS newest_rating,
         floor(extract(epoch FROM now() - max(last_rated_at)) / 3600)::bigint AS hours_old
  FROM movies.movie_rating_stats
) freshness
WHERE current_setting('movielytics.max_data_age_hours')::integer > 0
  AND hours_old > current_setting('movielytics.max_data_age_hours')::integer;
