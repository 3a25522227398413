-- An order is the latest when the same customer has no later one: no later moment, and no
-- order at the same moment with a larger id.
SELECT o.customer_id, o.id AS order_id, o.ordered_at, o.amount
FROM orders AS o
WHERE NOT EXISTS (
    SELECT 1
    FROM orders AS n
    WHERE n.customer_id = o.customer_id
      AND (n.ordered_at > o.ordered_at OR (n.ordered_at = o.ordered_at AND n.id > o.id))
);
