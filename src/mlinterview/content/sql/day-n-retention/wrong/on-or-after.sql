-- "Active on day N or later" is a different (rolling) retention definition.
WITH flags AS (
    SELECT s.user_id, s.signup_date,
           EXISTS (SELECT 1 FROM activity a WHERE a.user_id = s.user_id AND a.active_on >= s.signup_date + 1) AS day_1,
           EXISTS (SELECT 1 FROM activity a WHERE a.user_id = s.user_id AND a.active_on >= s.signup_date + 7) AS day_7
    FROM signups AS s
)
SELECT signup_date AS cohort_date, COUNT(*) AS cohort_size,
       AVG(CASE WHEN day_1 THEN 1.0 ELSE 0.0 END) AS day_1_retention,
       AVG(CASE WHEN day_7 THEN 1.0 ELSE 0.0 END) AS day_7_retention
FROM flags GROUP BY signup_date ORDER BY cohort_date;
