-- Each user's first and last visit moments and visit count, then the visits at those moments
-- joined back for their channels (a user never has two visits at one moment).
WITH bounds AS (
    SELECT user_id, MIN(visited_at) AS first_at, MAX(visited_at) AS last_at, COUNT(*) AS visits
    FROM visits
    GROUP BY user_id
)
SELECT b.user_id, f.channel AS first_channel, l.channel AS last_channel, b.visits
FROM bounds AS b
JOIN visits AS f ON f.user_id = b.user_id AND f.visited_at = b.first_at
JOIN visits AS l ON l.user_id = b.user_id AND l.visited_at = b.last_at;
