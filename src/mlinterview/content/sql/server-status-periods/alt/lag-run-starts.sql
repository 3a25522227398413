-- Mark each check that starts a period (the first check of a server, or a status different
-- from the previous check's), number the periods with a running sum of the marks, and group.
WITH marked AS (
    SELECT
        server,
        status,
        checked_at,
        CASE WHEN LAG(status) OVER (PARTITION BY server ORDER BY checked_at) = status
             THEN 0 ELSE 1 END AS starts_period
    FROM status_checks
),
periods AS (
    SELECT *, SUM(starts_period) OVER (PARTITION BY server ORDER BY checked_at) AS period_no
    FROM marked
)
SELECT
    server,
    status,
    MIN(checked_at) AS started_at,
    MAX(checked_at) AS ended_at,
    COUNT(*) AS checks
FROM periods
GROUP BY server, status, period_no
ORDER BY server, started_at;
