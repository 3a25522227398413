-- An anti-join: keep a customer when no order points at them.
-- NOT EXISTS is safe with NULLs, unlike NOT IN (SELECT customer_id ...): one guest order with
-- a NULL customer_id would make NOT IN return nothing at all.
SELECT c.id, c.name
FROM customers AS c
WHERE NOT EXISTS (
    SELECT 1
    FROM orders AS o
    WHERE o.customer_id = c.id
);
