-- AVG divides by the days that had sales, not by 7: missing days are not counted as 0.
SELECT sales_day, revenue,
       AVG(revenue) OVER (ORDER BY sales_day RANGE BETWEEN INTERVAL 6 DAYS PRECEDING AND CURRENT ROW) AS avg_7d
FROM daily_revenue
ORDER BY sales_day;
