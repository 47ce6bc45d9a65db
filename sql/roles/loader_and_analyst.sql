-- Least privilege for a Movielytics warehouse. A superuser runs it in the warehouse's database, before or after
-- the first load, as often as they like:
--   psql -v ON_ERROR_STOP=1 -d movielytics -f sql/roles/loader_and_analyst.sql
-- loader:  the pipeline's role. Not a superuser; owns the schemas movies and movies_staging and what is in them.
-- analyst: reads the warehouse tables and views, and nothing of staging, the quarantine's raw records, the load
--          manifest or the run log's inputs. Every run grants this on the tables it created
--          (sql/roles/analyst_access.sql), so a warehouse loaded before this script is readable after its next run.
-- It holds no password: logins are the DBA's to grant, for example
--   ALTER ROLE loader PASSWORD '...';
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE analyst;
DO $$
BEGIN
  IF to_regrole('loader') IS NULL THEN
    CREATE ROLE loader LOGIN;
  END IF;
  IF to_regrole('analyst') IS NULL THEN
    CREATE ROLE analyst NOLOGIN;
  END IF;
END
$$;
-- Whatever was granted to them before, neither role is more than this.
ALTER ROLE loader NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE analyst NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

CREATE SCHEMA IF NOT EXISTS movies AUTHORIZATION loader;
CREATE SCHEMA IF NOT EXISTS movies_staging AUTHORIZATION loader;
ALTER SCHEMA movies OWNER TO loader;
ALTER SCHEMA movies_staging OWNER TO loader;
GRANT USAGE ON SCHEMA movies TO analyst;

-- A warehouse loaded before by another role: its tables (with their indexes and sequences), views and functions
-- pass to loader, which alters, truncates and rebuilds them.
DO $$
DECLARE
  statement text;
BEGIN
  FOR statement IN
    SELECT format('ALTER %s %s OWNER TO loader',
                  CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                  c.oid::regclass)
    FROM pg_class c
    WHERE c.relnamespace IN ('movies'::regnamespace, 'movies_staging'::regnamespace)
      AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relowner <> 'loader'::regrole
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO loader', p.oid::regprocedure)
    FROM pg_proc p
    WHERE p.pronamespace IN ('movies'::regnamespace, 'movies_staging'::regnamespace)
      AND p.proowner <> 'loader'::regrole
  LOOP
    EXECUTE statement;
  END LOOP;
END
$$;
