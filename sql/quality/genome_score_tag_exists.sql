-- table: movies.genome_score
-- references: tag_id -> movies.genome_tag(tag_id)
-- requires: genome_scores, links
-- Scoped to the rows this load wrote (their xmin is the load's transaction); genome tags are never deleted but by
-- --fullRefresh, which rewrites every score. Only scores and links lead a load to write scores (requires): a run
-- that reads neither skips this scan.
SELECT g.movielens_id, g.tag_id FROM movies.genome_score g
WHERE g.xmin = (SELECT current_setting('movielytics.load_xid')::xid)
  AND NOT EXISTS (SELECT 1 FROM movies.genome_tag t WHERE t.tag_id = g.tag_id);
