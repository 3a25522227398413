-- Keeps the largest id instead of the smallest.
WITH numbered AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id, event_type, occurred_at ORDER BY id DESC) AS copy_no
    FROM events
)
SELECT id, user_id, event_type, occurred_at FROM numbered WHERE copy_no = 1;
