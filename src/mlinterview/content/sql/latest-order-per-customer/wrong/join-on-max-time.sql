-- Joining back on the latest timestamp returns every order placed at that moment.
WITH latest AS (
    SELECT customer_id, MAX(ordered_at) AS ordered_at
    FROM orders
    GROUP BY customer_id
)
SELECT o.customer_id, o.id AS order_id, o.ordered_at, o.amount
FROM orders AS o
JOIN latest AS l ON l.customer_id = o.customer_id AND l.ordered_at = o.ordered_at;
