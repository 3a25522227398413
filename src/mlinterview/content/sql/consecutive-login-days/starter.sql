-- Users who logged in on at least 3 consecutive calendar days. Column: user_id.
SELECT 1;
