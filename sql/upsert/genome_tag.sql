-- The last record of a tag id wins, within the run and over what the warehouse holds: genome files carry no
-- timestamps, so a later file is a correction.
INSERT INTO movies.genome_tag AS g (tag_id, tag)
SELECT DISTINCT ON (tag_id) tag_id, tag
FROM movies_staging.genome_tags
WHERE run_id = (SELECT current_setting('movielytics.run_id'))
ORDER BY tag_id, source_file DESC, record_number DESC
ON CONFLICT (tag_id) DO UPDATE SET tag = excluded.tag
WHERE g.tag IS DISTINCT FROM excluded.tag;
