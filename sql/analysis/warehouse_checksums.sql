-- Row count and an order-independent checksum of every final table, mart and analysts' view: two warehouses
-- loaded from the same input (a rerun, another runner, another environment) must agree on every line.
SELECT 'movies' AS table_name, count(*) AS row_count,
       md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) AS checksum
FROM movies.movies t
UNION ALL
SELECT 'movie_link', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.movie_link t
UNION ALL
SELECT 'genre', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.genre t
UNION ALL
SELECT 'movie_genre', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.movie_genre t
UNION ALL
SELECT 'date', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies."date" t
UNION ALL
SELECT 'cpi', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.cpi t
UNION ALL
SELECT 'ratings', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.ratings t
UNION ALL
SELECT 'tags', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.tags t
UNION ALL
SELECT 'genome_tag', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.genome_tag t
UNION ALL
SELECT 'genome_score', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.genome_score t
UNION ALL
SELECT 'users', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.users t
UNION ALL
SELECT 'movie_rating_stats', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.movie_rating_stats t
UNION ALL
SELECT 'genre_popularity', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.genre_popularity t
UNION ALL
SELECT 'top_rated_movies', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.top_rated_movies t
UNION ALL
SELECT 'box_office_by_release_period', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.box_office_by_release_period t
UNION ALL
SELECT 'genre_profitability', count(*), md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), '')) FROM movies.genre_profitability t
ORDER BY table_name;
