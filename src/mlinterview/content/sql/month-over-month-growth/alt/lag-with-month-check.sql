-- LAG gives the previous month *with orders*; the growth is only defined when that month is
-- the previous calendar month, so anything else (a gap, the first month) gives NULL.
WITH monthly AS (
    SELECT CAST(date_trunc('month', ordered_at) AS DATE) AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
),
with_previous AS (
    SELECT
        month,
        revenue,
        LAG(month) OVER (ORDER BY month) AS previous_month,
        LAG(revenue) OVER (ORDER BY month) AS previous_revenue
    FROM monthly
)
SELECT
    month,
    revenue,
    CASE WHEN previous_month = month - INTERVAL 1 MONTH
         THEN (revenue - previous_revenue) * 100.0 / previous_revenue END AS growth_pct
FROM with_previous
ORDER BY month;
