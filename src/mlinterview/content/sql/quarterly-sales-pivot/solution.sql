-- Conditional aggregation: each quarter column sums only the rows of its quarter.
-- The 2024 filter sits in the LEFT JOIN's ON clause so that products without 2024 sales keep
-- their row; COALESCE turns their NULL sums into 0.
SELECT
    p.name AS product,
    COALESCE(SUM(s.amount) FILTER (WHERE quarter(s.sold_on) = 1), 0) AS q1,
    COALESCE(SUM(s.amount) FILTER (WHERE quarter(s.sold_on) = 2), 0) AS q2,
    COALESCE(SUM(s.amount) FILTER (WHERE quarter(s.sold_on) = 3), 0) AS q3,
    COALESCE(SUM(s.amount) FILTER (WHERE quarter(s.sold_on) = 4), 0) AS q4
FROM products AS p
LEFT JOIN sales AS s
       ON s.product_id = p.id
      AND s.sold_on >= DATE '2024-01-01' AND s.sold_on < DATE '2025-01-01'
GROUP BY p.id, p.name;
