-- LEFT JOIN keeps orders whose customer or product is gone, with NULL names.
SELECT
    o.id AS order_id,
    c.name AS customer_name,
    p.name AS product_name,
    o.quantity * p.price AS total
FROM orders AS o
LEFT JOIN customers AS c ON c.id = o.customer_id
LEFT JOIN products AS p ON p.id = o.product_id;
