-- One copy (the smallest id) of each distinct (user_id, event_type, occurred_at).
-- Columns: id, user_id, event_type, occurred_at.
SELECT 1;
