-- LAG looks at the previous row, which after a quiet month is not the previous calendar month.
WITH monthly AS (
    SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
)
SELECT month, revenue,
       (revenue - LAG(revenue) OVER (ORDER BY month)) * 100.0 / LAG(revenue) OVER (ORDER BY month) AS growth_pct
FROM monthly
ORDER BY month;
