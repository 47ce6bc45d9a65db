-- The fact tables that hold no rows as the load begins: a first load fills them with their keys built after.
SELECT table_name FROM (VALUES
  ('ratings', NOT EXISTS (SELECT 1 FROM movies.ratings)),
  ('tags', NOT EXISTS (SELECT 1 FROM movies.tags)),
  ('genome_score', NOT EXISTS (SELECT 1 FROM movies.genome_score))
) AS facts(table_name, empty)
WHERE empty
