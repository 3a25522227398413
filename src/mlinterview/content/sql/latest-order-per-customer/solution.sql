-- Number each customer's orders from newest to oldest and keep number 1.
-- The id in the window's ORDER BY breaks ties between orders placed at the same moment.
WITH ranked AS (
    SELECT
        *,
        ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ordered_at DESC, id DESC) AS rn
    FROM orders
)
SELECT customer_id, id AS order_id, ordered_at, amount
FROM ranked
WHERE rn = 1;
