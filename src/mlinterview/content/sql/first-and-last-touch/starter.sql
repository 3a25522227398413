-- Per user: channel of the first visit, channel of the last visit, number of visits.
-- Columns: user_id, first_channel, last_channel, visits.
SELECT 1;
