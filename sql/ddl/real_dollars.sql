-- The newest month with a value in a CPI series: the default base of real_dollars.
CREATE OR REPLACE FUNCTION movies.cpi_newest_month(series text) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT max("month") FROM movies.cpi WHERE series_id = series AND value IS NOT NULL
$$;

-- Inflation adjustment, the one definition every mart and view uses: amount, spent in amount_month, in dollars of
-- base_month by the monthly CPI series (a movie released in December is deflated by December's index). The base
-- defaults to the newest month the series has a value for. NULL when the series has no value for either month,
-- never a figure from a neighbouring month.
CREATE OR REPLACE FUNCTION movies.real_dollars(
  amount numeric, amount_month date, series text, base_month date DEFAULT NULL) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT amount
         * (SELECT b.value FROM movies.cpi b
            WHERE b.series_id = series
              AND b."month" = coalesce(date_trunc('month', base_month)::date,
                                       movies.cpi_newest_month(series)))
         / (SELECT a.value FROM movies.cpi a
            WHERE a.series_id = series AND a."month" = date_trunc('month', amount_month)::date)
$$;

COMMENT ON FUNCTION movies.real_dollars(numeric, date, text, date) IS
  'amount spent in amount_month, in dollars of base_month (default: the series'' newest month) by a monthly CPI '
  'series (CPIAUCSL all items, CUSR0000SS62031 admission to movies); NULL where the series lacks either month';
COMMENT ON FUNCTION movies.cpi_newest_month(text) IS 'the newest month with a value in a CPI series';
