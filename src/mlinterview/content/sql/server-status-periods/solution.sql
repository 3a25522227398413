-- Gaps and islands: number each server's checks in time order, and separately number them
-- within (server, status). Inside a run of equal statuses both numbers grow together, so their
-- difference is constant for the run and changes whenever the status changes: it labels the run.
WITH numbered AS (
    SELECT
        server,
        status,
        checked_at,
        ROW_NUMBER() OVER (PARTITION BY server ORDER BY checked_at)
          - ROW_NUMBER() OVER (PARTITION BY server, status ORDER BY checked_at) AS run_id
    FROM status_checks
)
SELECT
    server,
    status,
    MIN(checked_at) AS started_at,
    MAX(checked_at) AS ended_at,
    COUNT(*) AS checks
FROM numbered
GROUP BY server, status, run_id
ORDER BY server, started_at;
