-- Forgets to restrict the sales to 2024.
SELECT category, SUM(amount) AS revenue, COUNT(DISTINCT customer_id) AS customers
FROM sales
GROUP BY category
HAVING SUM(amount) >= 1000 AND COUNT(DISTINCT customer_id) >= 3;
