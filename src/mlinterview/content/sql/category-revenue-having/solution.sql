-- WHERE keeps the 2024 rows before grouping; HAVING tests the two group-level conditions.
-- Customers are counted once each with COUNT(DISTINCT ...).
SELECT
    category,
    SUM(amount) AS revenue,
    COUNT(DISTINCT customer_id) AS customers
FROM sales
WHERE sold_on >= DATE '2024-01-01' AND sold_on < DATE '2025-01-01'
GROUP BY category
HAVING SUM(amount) >= 1000
   AND COUNT(DISTINCT customer_id) >= 3;
