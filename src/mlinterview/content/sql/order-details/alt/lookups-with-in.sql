-- Keep the orders whose customer and product still exist (IN), then look their names and the
-- price up with scalar subqueries instead of joining.
SELECT
    o.id AS order_id,
    (SELECT c.name FROM customers AS c WHERE c.id = o.customer_id) AS customer_name,
    (SELECT p.name FROM products AS p WHERE p.id = o.product_id) AS product_name,
    o.quantity * (SELECT p.price FROM products AS p WHERE p.id = o.product_id) AS total
FROM orders AS o
WHERE o.customer_id IN (SELECT id FROM customers)
  AND o.product_id IN (SELECT id FROM products);
