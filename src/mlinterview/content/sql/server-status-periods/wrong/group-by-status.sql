-- Grouping by status alone merges separate periods with the same status.
SELECT server, status, MIN(checked_at) AS started_at, MAX(checked_at) AS ended_at, COUNT(*) AS checks
FROM status_checks
GROUP BY server, status
ORDER BY server, started_at;
