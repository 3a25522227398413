-- SUM over no rows is NULL, not 0.
SELECT c.id AS customer_id, c.name, COUNT(o.id) AS order_count, SUM(o.amount) AS total_amount
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name;
