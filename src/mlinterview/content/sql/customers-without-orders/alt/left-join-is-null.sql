-- The LEFT JOIN ... IS NULL anti-join: a customer without orders joins to a row of NULLs.
-- Guest orders (NULL customer_id) match no customer, so they change nothing.
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.id IS NULL;
