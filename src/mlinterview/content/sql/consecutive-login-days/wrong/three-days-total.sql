-- Counts distinct login days in total, ignoring whether they are consecutive.
SELECT user_id
FROM logins
GROUP BY user_id
HAVING COUNT(DISTINCT CAST(login_at AS DATE)) >= 3;
