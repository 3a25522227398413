-- Joining produces one row per book purchase: a customer with two books appears twice.
SELECT c.id, c.name
FROM customers AS c
JOIN purchases AS pu ON pu.customer_id = c.id
JOIN products AS p ON p.id = pu.product_id
WHERE p.category = 'books';
