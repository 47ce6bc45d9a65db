-- Row count and an order-independent checksum of each history table, each version's times and run replaced by its
-- ordinal among the key's versions and whether it is current: two warehouses that went through the same loads (on
-- two runners, say) must agree, whenever the loads ran.
SELECT 'tag_history' AS table_name, count(*) AS row_count,
       md5(coalesce(string_agg(v::text, E'\n' ORDER BY v::text), '')) AS checksum
FROM (
  SELECT user_id, movielens_id, tag, movie_id, tagged_at, tagged_date, valid_to IS NULL AS is_current,
         row_number() OVER (PARTITION BY user_id, movielens_id, tag ORDER BY valid_from) AS version
  FROM movies.tag_history
) v
UNION ALL
SELECT 'movie_history', count(*), md5(coalesce(string_agg(v::text, E'\n' ORDER BY v::text), ''))
FROM (
  SELECT movie_id, imdb_id, title, original_title, original_language, is_adult, release_date, release_year, budget,
         revenue, runtime_minutes, popularity, vote_average, vote_count, status, collection_name, source,
         valid_to IS NULL AS is_current, row_number() OVER (PARTITION BY movie_id ORDER BY valid_from) AS version
  FROM movies.movie_history
) v
ORDER BY table_name;
