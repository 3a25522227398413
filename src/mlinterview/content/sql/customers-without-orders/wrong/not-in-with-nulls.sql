-- mishandles: nulls
-- Looks right, but "x NOT IN (list containing NULL)" is never true: guest orders hide everyone.
SELECT id, name
FROM customers
WHERE id NOT IN (SELECT customer_id FROM orders);
