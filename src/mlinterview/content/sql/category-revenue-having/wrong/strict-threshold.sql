-- "At least 1000" includes 1000 itself.
SELECT category, SUM(amount) AS revenue, COUNT(DISTINCT customer_id) AS customers
FROM sales
WHERE sold_on >= DATE '2024-01-01' AND sold_on < DATE '2025-01-01'
GROUP BY category
HAVING SUM(amount) > 1000 AND COUNT(DISTINCT customer_id) >= 3;
