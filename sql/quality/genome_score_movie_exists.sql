-- table: movies.genome_score
-- references: movie_id -> movies.movies(movie_id)
-- requires: genome_scores, links
-- Scoped to the rows this load wrote (their xmin is the load's transaction), which include the scores a corrected
-- crosswalk re-points. Only those two sources lead a load to write scores (requires): a run that reads neither
-- skips this scan.
SELECT g.movielens_id, g.tag_id, g.movie_id FROM movies.genome_score g
WHERE g.xmin = (SELECT current_setting('movielytics.load_xid')::xid)
  AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = g.movie_id);
