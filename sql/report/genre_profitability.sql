-- Which genres are most profitable in inflation-adjusted dollars? Profit and return on budget per genre, in
-- dollars of the newest CPIAUCSL month, over the genre's movies with a budget and a revenue.
SELECT genre_name, movies, profit_real, return_on_budget_real
FROM movies.genre_profitability
ORDER BY profit_real DESC NULLS LAST, genre_name
