-- MIN and MAX of the channel are alphabetical, not chronological.
SELECT user_id, MIN(channel) AS first_channel, MAX(channel) AS last_channel, COUNT(*) AS visits
FROM visits
GROUP BY user_id;
