-- mishandles: nulls
-- "b.user_id = a.user_id" is never true when user_id is NULL: anonymous duplicates survive.
SELECT a.id, a.user_id, a.event_type, a.occurred_at
FROM events AS a
WHERE NOT EXISTS (
    SELECT 1 FROM events AS b
    WHERE b.user_id = a.user_id
      AND b.event_type = a.event_type
      AND b.occurred_at = a.occurred_at
      AND b.id < a.id
);
