-- ROWS counts the previous six *rows*, which span more than a week when days are missing.
SELECT sales_day, revenue,
       SUM(revenue) OVER (ORDER BY sales_day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) / 7.0 AS avg_7d
FROM daily_revenue
ORDER BY sales_day;
