-- The warehouse analysts query, and the per-run staging area the pipeline writes with JdbcIO.
CREATE SCHEMA IF NOT EXISTS movies;
CREATE SCHEMA IF NOT EXISTS movies_staging;
