-- Number the copies of each event by id and keep the first. PARTITION BY groups NULL user_ids
-- together, which is what we want: anonymous duplicates are duplicates too.
WITH numbered AS (
    SELECT
        *,
        ROW_NUMBER() OVER (PARTITION BY user_id, event_type, occurred_at ORDER BY id) AS copy_no
    FROM events
)
SELECT id, user_id, event_type, occurred_at
FROM numbered
WHERE copy_no = 1;
