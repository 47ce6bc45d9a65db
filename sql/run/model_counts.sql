-- The analytics model after a run, for its summary: rows of the users and genome dimensions, the genome scores
-- and the marts, and the versions the run made in the history tables (parameters: the run, twice).
SELECT 'users' AS table_name, (SELECT count(*) FROM movies.users) AS row_count, NULL::bigint AS made_by_run
UNION ALL
SELECT 'genome_tag', (SELECT count(*) FROM movies.genome_tag), NULL
UNION ALL
SELECT 'genome_score', (SELECT count(*) FROM movies.genome_score), NULL
UNION ALL
SELECT 'movie_rating_stats', (SELECT count(*) FROM movies.movie_rating_stats), NULL
UNION ALL
SELECT 'genre_popularity', (SELECT count(*) FROM movies.genre_popularity), NULL
UNION ALL
SELECT 'tag_history', (SELECT count(*) FROM movies.tag_history),
       (SELECT count(*) FROM movies.tag_history WHERE run_id = ?)
UNION ALL
SELECT 'movie_history', (SELECT count(*) FROM movies.movie_history),
       (SELECT count(*) FROM movies.movie_history WHERE run_id = ?)
