-- GROUP BY puts NULLs in one group, so grouping by the three columns finds each event's copies
-- (logged-out ones included); the smallest id of each group is the copy to keep.
SELECT e.id, e.user_id, e.event_type, e.occurred_at
FROM events AS e
JOIN (
    SELECT MIN(id) AS id
    FROM events
    GROUP BY user_id, event_type, occurred_at
) AS firsts ON firsts.id = e.id;
