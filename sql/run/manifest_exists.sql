-- False before the first run created the schema: a dry run then treats every file as new.
SELECT to_regclass('movies.load_manifest') IS NOT NULL
