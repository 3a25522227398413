-- A semi-join: keep a customer when at least one book purchase exists for them.
-- EXISTS stops at the first match, so a customer with many book purchases appears once.
SELECT c.id, c.name
FROM customers AS c
WHERE EXISTS (
    SELECT 1
    FROM purchases AS pu
    JOIN products AS p ON p.id = pu.product_id
    WHERE pu.customer_id = c.id
      AND p.category = 'books'
);
