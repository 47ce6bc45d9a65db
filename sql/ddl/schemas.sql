-- The warehouse analysts query, and the per-run staging area the pipeline writes with JdbcIO. Created only when
-- missing: CREATE SCHEMA IF NOT EXISTS asks for CREATE on the database even when the schema exists, which a loader
-- that owns the schemas (sql/roles/loader_and_analyst.sql) does not need.
DO $$
BEGIN
  IF to_regnamespace('movies') IS NULL THEN
    CREATE SCHEMA movies;
  END IF;
  IF to_regnamespace('movies_staging') IS NULL THEN
    CREATE SCHEMA movies_staging;
  END IF;
END
$$;
