-- Inner joins keep only the orders that find both their customer and their product:
-- exactly the "both exist" rule.
SELECT
    o.id AS order_id,
    c.name AS customer_name,
    p.name AS product_name,
    o.quantity * p.price AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN products AS p ON p.id = o.product_id;
