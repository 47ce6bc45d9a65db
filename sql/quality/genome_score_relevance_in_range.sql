-- table: movies.genome_score
-- requires: genome_scores, links
-- Scoped to the rows this load wrote (their xmin is the load's transaction), as for ratings; skipped by a run
-- that reads neither scores nor links, which writes none.
SELECT movielens_id, tag_id, relevance FROM movies.genome_score
WHERE xmin = (SELECT current_setting('movielytics.load_xid')::xid) AND NOT (relevance >= 0 AND relevance <= 1);
