-- Without a RANGE frame: sum the rows of the 7 calendar days ending on each day with a
-- correlated subquery; missing days add nothing, which is the same as counting them as 0.
SELECT
    d.sales_day,
    d.revenue,
    (
        SELECT SUM(x.revenue)
        FROM daily_revenue AS x
        WHERE x.sales_day BETWEEN d.sales_day - 6 AND d.sales_day
    ) / 7.0 AS avg_7d
FROM daily_revenue AS d
ORDER BY d.sales_day;
