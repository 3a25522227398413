-- Ranges of missing invoice numbers between the smallest and the largest.
-- Columns: gap_start, gap_end (inclusive). Ordered by gap_start.
SELECT 1;
