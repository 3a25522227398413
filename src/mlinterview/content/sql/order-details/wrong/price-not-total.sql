-- Reports the unit price instead of quantity * price.
SELECT o.id AS order_id, c.name AS customer_name, p.name AS product_name, p.price AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN products AS p ON p.id = o.product_id;
