-- Does the release month affect box office? Movies with a known revenue by release month (over all years).
SELECT period AS release_month, movies_with_revenue, avg_revenue, median_revenue, avg_revenue_real, return_on_budget
FROM movies.box_office_by_release_period
WHERE period_type = 'month'
ORDER BY period
