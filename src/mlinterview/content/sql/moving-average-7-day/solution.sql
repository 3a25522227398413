-- A RANGE frame measured in days: the 7 calendar days ending on the current day, however many
-- rows they hold. Missing days contribute nothing to the sum, and we divide by 7 days, not by
-- the number of rows.
SELECT
    sales_day,
    revenue,
    SUM(revenue) OVER (
        ORDER BY sales_day
        RANGE BETWEEN INTERVAL 6 DAYS PRECEDING AND CURRENT ROW
    ) / 7.0 AS avg_7d
FROM daily_revenue
ORDER BY sales_day;
