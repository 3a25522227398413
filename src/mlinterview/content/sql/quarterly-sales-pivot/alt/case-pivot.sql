-- Sum 2024 revenue per product and quarter first, then spread the quarters into columns with
-- CASE; the LEFT JOIN keeps products without 2024 sales, whose quarters become 0.
WITH per_quarter AS (
    SELECT product_id, quarter(sold_on) AS q, SUM(amount) AS revenue
    FROM sales
    WHERE year(sold_on) = 2024
    GROUP BY product_id, quarter(sold_on)
)
SELECT
    p.name AS product,
    COALESCE(SUM(CASE WHEN pq.q = 1 THEN pq.revenue END), 0) AS q1,
    COALESCE(SUM(CASE WHEN pq.q = 2 THEN pq.revenue END), 0) AS q2,
    COALESCE(SUM(CASE WHEN pq.q = 3 THEN pq.revenue END), 0) AS q3,
    COALESCE(SUM(CASE WHEN pq.q = 4 THEN pq.revenue END), 0) AS q4
FROM products AS p
LEFT JOIN per_quarter AS pq ON pq.product_id = p.id
GROUP BY p.id, p.name;
