-- Collapse each server's consecutive checks with the same status into periods.
-- Columns: server, status, started_at, ended_at, checks. Ordered by server, started_at.
SELECT 1;
