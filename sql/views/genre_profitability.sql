-- Which genres earn most once money is adjusted for inflation: per genre, over its movies with both a budget and
-- a revenue (movie_financials), totals in real dollars by the all-items CPI and, for the movies the series
-- covers (released from 1999), by the admission-to-movies CPI.
CREATE OR REPLACE VIEW movies.genre_profitability AS
SELECT g.genre_id,
       g.genre_name,
       count(*) AS movies,
       sum(f.budget_real) AS budget_real,
       sum(f.revenue_real) AS revenue_real,
       sum(f.profit_real) AS profit_real,
       round(sum(f.profit_real)::numeric / nullif(sum(f.budget_real), 0), 4) AS return_on_budget_real,
       count(f.profit_real_admission) AS movies_in_admission_series,
       sum(f.budget_real_admission) AS budget_real_admission,
       sum(f.revenue_real_admission) AS revenue_real_admission,
       sum(f.profit_real_admission) AS profit_real_admission,
       round(sum(f.profit_real_admission)::numeric / nullif(sum(f.budget_real_admission), 0), 4)
         AS return_on_budget_real_admission
FROM movies.movie_financials f
JOIN movies.movie_genre mg ON mg.movie_id = f.movie_id
JOIN movies.genre g ON g.genre_id = mg.genre_id
WHERE f.budget IS NOT NULL AND f.revenue IS NOT NULL AND f.budget_real IS NOT NULL
GROUP BY g.genre_id, g.genre_name;
COMMENT ON VIEW movies.genre_profitability IS
  'per genre, its movies with a budget and a revenue and a CPIAUCSL index for their release month: budget, '
  'revenue, profit and return on budget in real dollars (CPIAUCSL; *_admission by the admission CPI)';
