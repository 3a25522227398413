-- Bought both, but not necessarily the phone first.
SELECT customer_id
FROM purchases
WHERE product IN ('phone', 'case')
GROUP BY customer_id
HAVING COUNT(DISTINCT product) = 2;
