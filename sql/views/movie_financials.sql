-- Budget and revenue in dollars of the latest CPI year, deflated by the yearly average of CPIAUCSL.
CREATE OR REPLACE VIEW movies.movie_financials AS
WITH yearly_cpi AS (
  SELECT extract(year FROM "month")::int AS year, avg(value) AS cpi
  FROM movies.cpi
  WHERE series_id = 'CPIAUCSL' AND value IS NOT NULL
  GROUP BY 1
), latest AS (
  SELECT year, cpi FROM yearly_cpi ORDER BY year DESC LIMIT 1
)
SELECT m.movie_id,
       m.title,
       m.release_year,
       m.budget,
       m.revenue,
       latest.year AS dollars_of_year,
       round(m.budget * latest.cpi / y.cpi)::bigint AS budget_real,
       round(m.revenue * latest.cpi / y.cpi)::bigint AS revenue_real,
       round((m.revenue - m.budget) * latest.cpi / y.cpi)::bigint AS profit_real
FROM movies.movies m
CROSS JOIN latest
LEFT JOIN yearly_cpi y ON y.year = m.release_year
WHERE m.budget IS NOT NULL OR m.revenue IS NOT NULL;
