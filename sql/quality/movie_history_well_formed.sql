-- table: movies.movie_history
-- references: movie_id -> movies.movies(movie_id)
-- A movie's versions follow one another: at most one is current (also held by the movie_history_current index),
-- none starts before the previous one ends, and the current one is in movies.movies. Scoped to the movies this
-- load versioned: only a load writes versions, and earlier loads checked theirs.
WITH versioned AS (
  SELECT DISTINCT movie_id FROM movies.movie_history WHERE valid_from = now() OR valid_to = now()
), versions AS (
  SELECT h.movie_id, h.valid_from, h.valid_to, lead(h.valid_from) OVER w AS next_from,
         count(*) FILTER (WHERE h.valid_to IS NULL) OVER k AS current
  FROM movies.movie_history h JOIN versioned USING (movie_id)
  WINDOW w AS (PARTITION BY h.movie_id ORDER BY h.valid_from), k AS (PARTITION BY h.movie_id)
)
SELECT movie_id, valid_from, valid_to, current AS current_versions FROM versions
WHERE current > 1
   OR (next_from IS NOT NULL AND valid_to IS DISTINCT FROM next_from)
   OR (next_from IS NULL AND valid_to IS NULL
       AND NOT EXISTS (SELECT 1 FROM movies.movies m WHERE m.movie_id = versions.movie_id));
