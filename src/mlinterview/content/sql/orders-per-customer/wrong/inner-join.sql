-- An inner join drops the customers who never ordered.
SELECT c.id AS customer_id, c.name, COUNT(o.id) AS order_count, SUM(o.amount) AS total_amount
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name;
