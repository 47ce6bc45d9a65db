-- Does the release month or quarter affect box office? Movies with a known revenue and release date, grouped by
-- release month (1-12, over all years), quarter (1-4) and year; nominal and in real dollars (movie_financials).
-- return_on_budget: (revenue - budget) / budget summed over the movies with both. Admission-adjusted figures
-- cover only movies released within CUSR0000SS62031 (from 1999); movies_in_admission_series says how many.
CREATE OR REPLACE VIEW movies.box_office_by_release_period AS
WITH released AS (
  SELECT f.*, extract(month FROM f.release_date)::smallint AS release_month,
         extract(quarter FROM f.release_date)::smallint AS release_quarter
  FROM movies.movie_financials f
  WHERE f.revenue IS NOT NULL AND f.release_date IS NOT NULL
)
SELECT CASE WHEN GROUPING(release_month) = 0 THEN 'month'
            WHEN GROUPING(release_quarter) = 0 THEN 'quarter' ELSE 'year' END AS period_type,
       coalesce(release_month, release_quarter, release_year)::integer AS period,
       count(*) AS movies_with_revenue,
       round(avg(revenue)) AS avg_revenue,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY revenue)::numeric) AS median_revenue,
       round(avg(budget)) AS avg_budget,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY budget)::numeric) AS median_budget,
       round((sum(revenue) FILTER (WHERE budget IS NOT NULL) - sum(budget))::numeric / nullif(sum(budget), 0), 4)
         AS return_on_budget,
       round(avg(revenue_real)) AS avg_revenue_real,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY revenue_real)::numeric) AS median_revenue_real,
       round(avg(budget_real)) AS avg_budget_real,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY budget_real)::numeric) AS median_budget_real,
       round((sum(revenue_real) FILTER (WHERE budget_real IS NOT NULL) - sum(budget_real))::numeric
             / nullif(sum(budget_real), 0), 4) AS return_on_budget_real,
       count(revenue_real_admission) AS movies_in_admission_series,
       round(avg(revenue_real_admission)) AS avg_revenue_real_admission,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY revenue_real_admission)::numeric)
         AS median_revenue_real_admission,
       round(avg(budget_real_admission)) AS avg_budget_real_admission
FROM released
GROUP BY GROUPING SETS ((release_month), (release_quarter), (release_year));
COMMENT ON VIEW movies.box_office_by_release_period IS
  'box office of movies with a known revenue by release month (period_type month, period 1-12 over all years), '
  'quarter (1-4) and year; nominal, real by CPIAUCSL (*_real) and by the admission CPI (*_real_admission)';
