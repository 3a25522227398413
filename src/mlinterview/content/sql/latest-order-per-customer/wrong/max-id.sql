-- Assumes the highest id is the newest order, which imported history breaks.
SELECT o.customer_id, o.id AS order_id, o.ordered_at, o.amount
FROM orders AS o
WHERE o.id = (SELECT MAX(x.id) FROM orders AS x WHERE x.customer_id = o.customer_id);
