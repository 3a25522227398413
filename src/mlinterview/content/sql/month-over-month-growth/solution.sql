-- 1. Revenue per calendar month (date_trunc gives the month's first day).
-- 2. Attach the revenue of the calendar month just before, if that month had any orders.
--    A self-join on "month - 1 month" is immune to gaps; plain LAG would pick the previous
--    *listed* month.
WITH monthly AS (
    SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
)
SELECT
    m.month,
    m.revenue,
    (m.revenue - p.revenue) * 100.0 / p.revenue AS growth_pct
FROM monthly AS m
LEFT JOIN monthly AS p ON p.month = m.month - INTERVAL 1 MONTH
ORDER BY m.month;
