-- Growth is relative to the previous month, not to the current one.
WITH monthly AS (
    SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
)
SELECT m.month, m.revenue, (m.revenue - p.revenue) * 100.0 / m.revenue AS growth_pct
FROM monthly AS m
LEFT JOIN monthly AS p ON p.month = m.month - INTERVAL 1 MONTH
ORDER BY m.month;
