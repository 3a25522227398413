-- arg_min / arg_max return the channel of the row with the smallest / largest visited_at.
-- (The window-function version needs an explicit full frame for LAST_VALUE; see the editorial.)
SELECT
    user_id,
    arg_min(channel, visited_at) AS first_channel,
    arg_max(channel, visited_at) AS last_channel,
    COUNT(*) AS visits
FROM visits
GROUP BY user_id;
