-- The first numbering runs over all servers, so other servers' checks break up the runs.
WITH numbered AS (
    SELECT server, status, checked_at,
           ROW_NUMBER() OVER (ORDER BY checked_at)
             - ROW_NUMBER() OVER (PARTITION BY server, status ORDER BY checked_at) AS run_id
    FROM status_checks
)
SELECT server, status, MIN(checked_at) AS started_at, MAX(checked_at) AS ended_at, COUNT(*) AS checks
FROM numbered
GROUP BY server, status, run_id
ORDER BY server, started_at;
