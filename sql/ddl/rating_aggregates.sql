-- Running aggregates of movies.ratings that the marts are refreshed from (sql/marts): a delta adjusts them by the
-- rows it changed (sql/aggregates/adjust), instead of the marts re-reading every rating of the movies and years it
-- touches (at 10 M ratings, a 1% delta touches nearly all of them). They are rebuilt from movies.ratings when they
-- cannot be adjusted (sql/aggregates/rebuild). Load state, not analysts' tables, so they live in movies_staging;
-- unlogged, since they are derived: a crash empties them, and the next run rebuilds them. A delta updates a
-- quarter of the movie-rating buckets and a thirtieth of the movie-years of 10 M ratings in place: pages kept 30%
-- free let those updates stay on their page without a new key entry (0.3-0.5 s less in a 1% delta).

-- Per movie and rating value: how many, and bounds of their rated_at (sql/aggregates/adjust/movie_rating_counts.sql).
-- A movie's count, mean, deviation, lowest, highest, first and last rating follow from its ten rows at most.
CREATE UNLOGGED TABLE IF NOT EXISTS movies_staging.movie_rating_counts (
  movie_id       integer NOT NULL,
  rating         numeric(2,1) NOT NULL,
  ratings        bigint NOT NULL,
  first_rated_at timestamptz,
  last_rated_at  timestamptz,
  PRIMARY KEY (movie_id, rating)
);
SELECT movies_staging.set_fillfactor('movies_staging.movie_rating_counts', 70);
-- Per movie and year of rating (UTC): how many and their sum (float8 sums of half steps are exact).
CREATE UNLOGGED TABLE IF NOT EXISTS movies_staging.movie_year_ratings (
  movie_id   integer NOT NULL,
  "year"     smallint NOT NULL,
  ratings    bigint NOT NULL,
  rating_sum double precision NOT NULL,
  PRIMARY KEY (movie_id, "year")
);
SELECT movies_staging.set_fillfactor('movies_staging.movie_year_ratings', 70);
-- Per user and year of rating: the genres the user rated that year, a bit per genre numbered in genre_id order
-- (sql/aggregates/genre_masks.sql); only user-years with a genre. replaced_mask is the mask the last adjustment
-- of the row replaced, for that adjustment to return (sql/aggregates/adjust/user_year_genres.sql): RETURNING
-- gives only new values before PostgreSQL 18.
CREATE UNLOGGED TABLE IF NOT EXISTS movies_staging.user_year_genres (
  user_id       integer NOT NULL,
  "year"        smallint NOT NULL,
  genre_mask    bigint NOT NULL,
  replaced_mask bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, "year")
);
ALTER TABLE movies_staging.user_year_genres ADD COLUMN IF NOT EXISTS replaced_mask bigint NOT NULL DEFAULT 0;
-- Per genre and year of rating: its movies rated, their ratings and sum, and its distinct raters.
CREATE UNLOGGED TABLE IF NOT EXISTS movies_staging.genre_year_ratings (
  genre_id   integer NOT NULL,
  "year"     smallint NOT NULL,
  movies     bigint NOT NULL,
  ratings    bigint NOT NULL,
  rating_sum double precision NOT NULL,
  raters     bigint NOT NULL,
  PRIMARY KEY (genre_id, "year")
);
