-- LAST_VALUE with the default frame (up to the current row) is the current row's channel, so
-- DISTINCT keeps one row per visit instead of one per user.
SELECT DISTINCT
    user_id,
    FIRST_VALUE(channel) OVER (PARTITION BY user_id ORDER BY visited_at) AS first_channel,
    LAST_VALUE(channel) OVER (PARTITION BY user_id ORDER BY visited_at) AS last_channel,
    COUNT(*) OVER (PARTITION BY user_id) AS visits
FROM visits;
