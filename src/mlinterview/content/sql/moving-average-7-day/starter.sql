-- Per recorded day: revenue and the 7-day average (that day and the 6 before, missing days = 0).
-- Columns: sales_day, revenue, avg_7d. Ordered by sales_day.
SELECT 1;
