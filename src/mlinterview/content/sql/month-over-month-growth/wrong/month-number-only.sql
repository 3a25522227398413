-- Grouping by the month number merges January 2023 with January 2024.
WITH monthly AS (
    SELECT month(ordered_at) AS m, MIN(CAST(date_trunc('month', ordered_at) AS DATE)) AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
)
SELECT month, revenue,
       (revenue - LAG(revenue) OVER (ORDER BY m)) * 100.0 / LAG(revenue) OVER (ORDER BY m) AS growth_pct
FROM monthly
ORDER BY month;
