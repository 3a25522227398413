-- For every calendar day from the first to the last active day: distinct users active in the
-- 7 days ending that day. Columns: activity_day, active_users_7d. Ordered by activity_day.
SELECT 1;
