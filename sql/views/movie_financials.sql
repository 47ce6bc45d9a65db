-- Budget, revenue and profit per movie, nominal and in real dollars: deflated month by month (the release month's
-- index) with movies.real_dollars, by the all-items CPI (CPIAUCSL, in dollars of its newest month) and by the
-- admission-to-movies CPI (CUSR0000SS62031, in dollars of its newest month). A real figure is NULL where the
-- movie has no release date or the series does not cover its release month.
CREATE OR REPLACE VIEW movies.movie_financials AS
WITH base AS (
  SELECT movies.cpi_newest_month('CPIAUCSL') AS all_items,
         movies.cpi_newest_month('CUSR0000SS62031') AS admission
)
SELECT m.movie_id,
       m.title,
       m.release_year,
       m.budget,
       m.revenue,
       extract(year FROM base.all_items)::int AS dollars_of_year,
       round(movies.real_dollars(m.budget, m.release_date, 'CPIAUCSL', base.all_items))::bigint AS budget_real,
       round(movies.real_dollars(m.revenue, m.release_date, 'CPIAUCSL', base.all_items))::bigint AS revenue_real,
       round(movies.real_dollars(m.revenue - m.budget, m.release_date, 'CPIAUCSL', base.all_items))::bigint
         AS profit_real,
       m.release_date,
       base.all_items AS base_month,
       round(movies.real_dollars(m.budget, m.release_date, 'CUSR0000SS62031', base.admission))::bigint
         AS budget_real_admission,
       round(movies.real_dollars(m.revenue, m.release_date, 'CUSR0000SS62031', base.admission))::bigint
         AS revenue_real_admission,
       round(movies.real_dollars(m.revenue - m.budget, m.release_date, 'CUSR0000SS62031', base.admission))::bigint
         AS profit_real_admission,
       base.admission AS admission_base_month
FROM movies.movies m
CROSS JOIN base
WHERE m.budget IS NOT NULL OR m.revenue IS NOT NULL;
COMMENT ON VIEW movies.movie_financials IS
  'per movie with a budget or revenue: nominal and inflation-adjusted figures by the release month''s CPI';
COMMENT ON COLUMN movies.movie_financials.dollars_of_year IS 'the year of base_month';
COMMENT ON COLUMN movies.movie_financials.budget_real IS 'budget in dollars of base_month by CPIAUCSL (all items)';
COMMENT ON COLUMN movies.movie_financials.revenue_real IS 'revenue in dollars of base_month by CPIAUCSL';
COMMENT ON COLUMN movies.movie_financials.profit_real IS 'revenue - budget in dollars of base_month by CPIAUCSL';
COMMENT ON COLUMN movies.movie_financials.base_month IS 'the newest month of CPIAUCSL: the dollars *_real are in';
COMMENT ON COLUMN movies.movie_financials.budget_real_admission IS
  'budget in dollars of admission_base_month by CUSR0000SS62031 (admission to movies); NULL outside the series';
COMMENT ON COLUMN movies.movie_financials.revenue_real_admission IS
  'revenue by CUSR0000SS62031; NULL outside the series';
COMMENT ON COLUMN movies.movie_financials.profit_real_admission IS
  'revenue - budget by CUSR0000SS62031; NULL outside the series';
COMMENT ON COLUMN movies.movie_financials.admission_base_month IS 'the newest month of CUSR0000SS62031';
